package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** Whether a referrer artifact is active or archived (ECR's archive storage class). Source: ECR API reference (ArtifactStatus). */
public enum ArtifactStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code ARCHIVED}. */
    ARCHIVED("ARCHIVED"),
    /** {@code ACTIVATING}. */
    ACTIVATING("ACTIVATING");

    private final String wire;

    ArtifactStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
