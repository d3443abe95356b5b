package io.ecskit.domain;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * One broken rule: where it is (a JSON path in the AWS request, such as
 * {@code containerDefinitions[0].portMappings[1].hostPort}), which AWS error ECS answers
 * with, ECS's own message, and the {@link EcsRule} it breaks (none for checks of ecskit's own
 * commands and of the API model, such as a negative timeout or an unknown JSON member).
 */
public record Violation(String path, ErrorKind kind, String message, Option<EcsRule> rule) {

    /**
     * A violation from its four parts.
     *
     * @throws NullPointerException when {@code path}, {@code kind}, {@code message} or {@code rule} is null (use
     *     {@code Option.none()} for no rule).
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    /** A violation of no catalogued ECS rule (ecskit's own command checks). */
    public Violation(String path, ErrorKind kind, String message) {
        this(path, kind, message, Option.none());
    }

    /** A {@code ClientException} violation of no catalogued rule, at {@code path} (a JSON path of the request). */
    public static Violation client(String path, String message) {
        return new Violation(path, ErrorKind.CLIENT_EXCEPTION, message);
    }

    /**
     * An {@code InvalidParameterException} violation of no catalogued rule, at {@code path} (a JSON path of the
     * request).
     */
    public static Violation invalidParameter(String path, String message) {
        return new Violation(path, ErrorKind.INVALID_PARAMETER_EXCEPTION, message);
    }

    /** Input that does not fit the API model, refused before anything is sent (the AWS CLI's wording). */
    public static Violation paramValidation(String path, String message) {
        return new Violation(path, ErrorKind.PARAM_VALIDATION, message);
    }

    /** The same violation at another path (a value type's violation placed where the value was read). */
    public Violation at(String otherPath) {
        return new Violation(otherPath, kind, message, rule);
    }

    /** The call AWS refuses this at when that is not RegisterTaskDefinition (e.g. CreateService); none otherwise. */
    public Option<String> laterCall() {
        return rule.filter(r -> !r.atRegistration()).map(EcsRule::call);
    }

    /** {@code path: message}, the form the CLI prints. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
