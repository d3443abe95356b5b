package io.ecskit.domain.ecr;

import io.ecskit.domain.Checks;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.regex.Pattern;

/** An image tag: 1..300 characters in ECR; Docker further limits tags to {@code [\w][\w.-]{0,127}}. */
public record ImageTag(String value) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile("^[\\w][\\w.\\-]{0,299}$");

    /**
     * The tag, checked as ECR checks it.
     *
     * @throws IllegalArgumentException with ECR's message ({@link EcsRule#IMAGE_TAG_LENGTH}) when {@code value} is null or not
     *     a word character followed by up to 299 word characters, dots and hyphens.
     */
    public ImageTag {
        Checks.require(FORMAT, value, () -> invalid(value));
    }

    /** The value, or why the text is not one. */
    public static Either<Violation, ImageTag> parse(String value) {
        return Checks.matching(FORMAT, value, () -> invalid(value), ImageTag::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static ImageTag of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String value) {
        return EcsRule.IMAGE_TAG_LENGTH.at("imageTag");
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
