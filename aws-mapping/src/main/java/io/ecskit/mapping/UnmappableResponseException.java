package io.ecskit.mapping;

import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;

/**
 * AWS (or an emulator) answered with a value ecskit's model cannot hold: an enum value newer than
 * this release, a malformed ARN. A defect to report, never a user's input error.
 */
public final class UnmappableResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Seq<Violation> problems;

    public UnmappableResponseException(Class<?> type, Seq<Violation> problems) {
        super("the response does not fit " + type.getSimpleName() + ": " + problems.mkString("; "));
        this.problems = problems;
    }

    /** What did not fit, with JSON paths. */
    public Seq<Violation> problems() {
        return problems;
    }
}
