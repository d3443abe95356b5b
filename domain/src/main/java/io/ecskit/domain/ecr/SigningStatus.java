package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** The image signing status. Source: ECR API reference (SigningStatus). */
public enum SigningStatus implements WireValue {
    /** {@code IN_PROGRESS}. */
    IN_PROGRESS("IN_PROGRESS"),
    /** {@code COMPLETE}. */
    COMPLETE("COMPLETE"),
    /** {@code FAILED}. */
    FAILED("FAILED");

    private final String wire;

    SigningStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
