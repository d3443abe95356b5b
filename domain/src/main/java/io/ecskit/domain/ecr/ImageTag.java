package io.ecskit.domain.ecr;

import io.ecskit.domain.Checks;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** An image tag: 1..300 characters in ECR; Docker further limits tags to {@code [\w][\w.-]{0,127}}. */
public record ImageTag(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[\\w][\\w.\\-]{0,299}$");

    public ImageTag {
        Checks.require(FORMAT, value, "image tag");
    }

    public static Validation<Seq<Violation>, ImageTag> of(String value) {
        return Checks.matching(FORMAT, value, Violation.invalidParameter("imageTag",
                "Invalid parameter at 'imageTag' failed to satisfy constraint: 'Member must have length between 1 and 300'"),
                ImageTag::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
