package io.ecskit.domain.arn;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a service or RunTask names a task definition: {@code family} (its latest ACTIVE revision),
 * {@code family:revision}, or a full ARN.
 */
public record TaskDefinitionRef(String family, Option<Integer> revision) {

    private static final Pattern FAMILY_REVISION = Pattern.compile("^([a-zA-Z0-9_\\-]{1,255})(?::(.*))?$");

    public TaskDefinitionRef {
        revision = revision == null ? Option.none() : revision;
    }

    public static TaskDefinitionRef latest(String family) {
        return new TaskDefinitionRef(family, Option.none());
    }

    public static TaskDefinitionRef of(String family, int revision) {
        return new TaskDefinitionRef(family, Option.of(revision));
    }

    /**
     * Parses what ECS accepts as a taskDefinition parameter. {@code family:latest} is not one of
     * them: ECS answers it with ClientException {@code Invalid revision number. Number: latest}.
     */
    public static Validation<Seq<Violation>, TaskDefinitionRef> parse(String text) {
        if (text != null && text.startsWith("arn:")) {
            return TaskDefinitionArn.parse(text)
                    .map(arn -> of(arn.family(), arn.revision()))
                    .toValidation(() -> List.of(Violation.client("taskDefinition", "Invalid task definition ARN: " + text)));
        }
        Matcher m = text == null ? null : FAMILY_REVISION.matcher(text);
        if (m == null || !m.matches()) {
            return Validation.invalid(List.of(Violation.client("taskDefinition", "Family contains invalid characters.")));
        }
        if (m.group(2) == null) {
            return Validation.valid(latest(m.group(1)));
        }
        try {
            int revision = Integer.parseInt(m.group(2));
            if (revision >= 1) {
                return Validation.valid(of(m.group(1), revision));
            }
        } catch (NumberFormatException notANumber) {
            // falls through to ECS's message
        }
        return Validation.invalid(List.of(Violation.client("taskDefinition", "Invalid revision number. Number: " + m.group(2))));
    }

    @Override
    public String toString() {
        return revision.map(r -> family + ":" + r).getOrElse(family);
    }
}
