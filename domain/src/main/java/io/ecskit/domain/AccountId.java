package io.ecskit.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** A 12-digit AWS account id. */
public record AccountId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{12}$");

    public AccountId {
        Checks.require(FORMAT, value, "12-digit AWS account id");
    }

    public static Validation<Seq<Violation>, AccountId> of(String value) {
        return Checks.matching(FORMAT, value, Violation.invalidParameter("accountId", "Invalid account id: " + value), AccountId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
