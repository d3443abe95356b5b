package io.ecskit.domain.service;

import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * The ID of a service's deployment as DescribeServices shows it: {@code ecs-svc/} and digits.
 *
 * @param value the ID as ECS writes it
 */
public record DeploymentId(String value) implements WireValue {

    /**
     * The ID as ECS writes it.
     *
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank; {@link #parse} answers a violation instead
     */
    public DeploymentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a deployment id is not blank");
        }
    }

    /** Any non-blank text: ECS's own IDs are {@code ecs-svc/} and 19 digits, emulators' vary. */
    public static Either<Violation, DeploymentId> parse(String text) {
        return text == null || text.isBlank()
                ? Either.left(Violation.invalidParameter("id", "Deployment id can not be blank."))
                : Either.right(new DeploymentId(text));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static DeploymentId of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    @Override
    public String wire() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
