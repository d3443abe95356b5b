package io.ecskit.domain.ecr;

import io.ecskit.domain.Checks;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.regex.Pattern;

/** A content digest, {@code sha256:} and 64 hex digits. */
public record ImageDigest(String value) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile("^sha256:[a-f0-9]{64}$");

    /**
     * The digest, checked as ECR checks it.
     *
     * @throws IllegalArgumentException with ECR's message ({@link EcsRule#IMAGE_DIGEST_FORMAT}) when {@code value} is null or
     *     not {@code sha256:} and 64 lower-case hex digits.
     */
    public ImageDigest {
        Checks.require(FORMAT, value, () -> invalid(value));
    }

    /** The value, or why the text is not one. */
    public static Either<Violation, ImageDigest> parse(String value) {
        return Checks.matching(FORMAT, value, () -> invalid(value), ImageDigest::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static ImageDigest of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String value) {
        return EcsRule.IMAGE_DIGEST_FORMAT.at("imageDigest");
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
