package io.ecskit.domain.ecr;

import io.ecskit.domain.Checks;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.regex.Pattern;

/** An ECR repository name: 2..256 characters, lower-case path components separated by {@code /}. */
public record RepositoryName(String value) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile(
            "^(?=.{2,256}$)[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$");

    /**
     * The repository name, checked against ECR's pattern (2..256 characters, lower-case components joined by
     * {@code .}, {@code _}, {@code __} or hyphens, separated by {@code /}).
     *
     * @throws IllegalArgumentException with ECR's message ({@link EcsRule#REPOSITORY_NAME_FORMAT}) when {@code value} is null
     *     or not a repository name ECR accepts.
     */
    public RepositoryName {
        Checks.require(FORMAT, value, () -> invalid(value));
    }

    /** ECR answers a bad name with InvalidParameterException in its model-validation wording. */
    public static Either<Violation, RepositoryName> parse(String value) {
        return Checks.matching(FORMAT, value, () -> invalid(value), RepositoryName::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static RepositoryName of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String value) {
        return EcsRule.REPOSITORY_NAME_FORMAT.at("repositoryName");
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
