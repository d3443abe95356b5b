package io.ecskit.domain;

import io.vavr.control.Either;

import java.util.regex.Pattern;

/**
 * An AWS region code such as {@code us-east-1}. ECS clusters live in exactly one.
 *
 * @param code the region code
 */
public record Region(String code) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    /**
     * The region from its code, checked for shape.
     *
     * @throws IllegalArgumentException when {@code code} is null or not shaped like a region code ({@code us-east-1},
     *     {@code ap-southeast-2}, {@code us-gov-west-1}); whether AWS has that region is not checked.
     */
    public Region {
        Checks.require(FORMAT, code, () -> invalid(code));
    }

    /** The region, or why the text is not a region code. */
    public static Either<Violation, Region> parse(String text) {
        return Checks.matching(FORMAT, text, () -> invalid(text), Region::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static Region of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String text) {
        return Violation.invalidParameter("region", "Invalid region: " + text);
    }

    @Override
    public String wire() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
