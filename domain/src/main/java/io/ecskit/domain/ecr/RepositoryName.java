package io.ecskit.domain.ecr;

import io.ecskit.domain.Checks;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** An ECR repository name: 2..256 characters, lower-case path components separated by {@code /}. */
public record RepositoryName(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "^(?=.{2,256}$)[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$");

    public RepositoryName {
        Checks.require(FORMAT, value, "ECR repository name");
    }

    /** ECR answers a bad name with InvalidParameterException in its model-validation wording. */
    public static Validation<Seq<Violation>, RepositoryName> of(String value) {
        return Checks.matching(FORMAT, value, Violation.invalidParameter("repositoryName",
                "Invalid parameter at 'repositoryName' failed to satisfy constraint: "
                        + "'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''"),
                RepositoryName::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
