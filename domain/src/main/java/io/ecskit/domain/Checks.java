package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared helper for value types whose only rule is a pattern: one place, one message form. */
public final class Checks {

    private Checks() {
    }

    public static <T> Validation<Seq<Violation>, T> matching(
            Pattern pattern, String value, Violation whenNot, Function<String, T> make) {
        return value != null && pattern.matcher(value).matches()
                ? Validation.valid(make.apply(value))
                : Validation.invalid(List.of(whenNot));
    }

    public static String require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid " + what + ": " + value);
        }
        return value;
    }
}
