package io.ecskit.domain.ecr;

import io.ecskit.domain.Checks;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** A content digest, {@code sha256:} and 64 hex digits. */
public record ImageDigest(String value) {

    private static final Pattern FORMAT = Pattern.compile("^sha256:[a-f0-9]{64}$");

    public ImageDigest {
        Checks.require(FORMAT, value, "image digest");
    }

    public static Validation<Seq<Violation>, ImageDigest> of(String value) {
        return Checks.matching(FORMAT, value, Violation.invalidParameter("imageDigest",
                "Invalid parameter at 'imageDigest' failed to satisfy constraint: 'must be sha256: and 64 hex digits'"),
                ImageDigest::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
