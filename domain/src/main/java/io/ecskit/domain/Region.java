package io.ecskit.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** An AWS region code such as {@code us-east-1}. ECS clusters live in exactly one. */
public record Region(String code) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    public Region {
        Checks.require(FORMAT, code, "AWS region code");
    }

    public static Validation<Seq<Violation>, Region> of(String code) {
        return Checks.matching(FORMAT, code, Violation.invalidParameter("region", "Invalid region: " + code), Region::new);
    }

    @Override
    public String toString() {
        return code;
    }
}
