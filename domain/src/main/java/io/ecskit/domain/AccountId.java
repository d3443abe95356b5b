package io.ecskit.domain;

import io.vavr.control.Either;

import java.util.regex.Pattern;

/**
 * A 12-digit AWS account ID.
 *
 * @param value the twelve digits
 */
public record AccountId(String value) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile("^\\d{12}$");

    /**
     * The account ID from its twelve digits, checked.
     *
     * @throws IllegalArgumentException when {@code value} is not exactly 12 digits (or null); {@link #parse} answers a
     *     violation instead.
     */
    public AccountId {
        Checks.require(FORMAT, value, () -> invalid(value));
    }

    /** The account ID, or why it is not one. */
    public static Either<Violation, AccountId> parse(String text) {
        return Checks.matching(FORMAT, text, () -> invalid(text), AccountId::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static AccountId of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String text) {
        return Violation.invalidParameter("accountId", "Invalid account id: " + text);
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
