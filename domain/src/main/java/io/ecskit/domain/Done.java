package io.ecskit.domain;

/** The value of an operation that succeeded and has nothing to return (AWS answers with an empty body). */
public enum Done {
    /** The operation succeeded. */
    DONE
}
