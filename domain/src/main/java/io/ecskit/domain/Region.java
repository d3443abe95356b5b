package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** An AWS region code such as {@code us-east-1}. ECS clusters live in exactly one. */
public record Region(String code) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    public Region {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("not an AWS region code: " + code);
        }
    }

    public static Validation<Seq<Violation>, Region> of(String code) {
        return code != null && FORMAT.matcher(code).matches()
                ? Validation.valid(new Region(code))
                : Validation.invalid(List.of(Violation.invalidParameter("region", "Invalid region: " + code)));
    }

    @Override
    public String toString() {
        return code;
    }
}
