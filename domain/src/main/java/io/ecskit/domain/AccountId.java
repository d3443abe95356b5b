package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** A 12-digit AWS account id. */
public record AccountId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{12}$");

    public AccountId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a 12-digit AWS account id: " + value);
        }
    }

    public static Validation<Seq<Violation>, AccountId> of(String value) {
        return value != null && FORMAT.matcher(value).matches()
                ? Validation.valid(new AccountId(value))
                : Validation.invalid(List.of(Violation.invalidParameter("accountId", "Invalid account id: " + value)));
    }

    @Override
    public String toString() {
        return value;
    }
}
