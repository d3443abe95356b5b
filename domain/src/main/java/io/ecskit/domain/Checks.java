package io.ecskit.domain;

import io.vavr.control.Either;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Shared helper for value types whose rule is a pattern: one place, one message form (worded only when a value breaks it). */
public final class Checks {

    private Checks() {
    }

    /** The value made into a T when it matches, else the violation. */
    public static <T> Either<Violation, T> matching(Pattern pattern, String value, Supplier<Violation> whenNot, Function<String, T> make) {
        return value != null && pattern.matcher(value).matches() ? Either.right(make.apply(value)) : Either.left(whenNot.get());
    }

    /** For constructors: a value that breaks the rule is a programming error, reported with the rule's own message. */
    public static String require(Pattern pattern, String value, Supplier<Violation> whenNot) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(whenNot.get().message());
        }
        return value;
    }
}
