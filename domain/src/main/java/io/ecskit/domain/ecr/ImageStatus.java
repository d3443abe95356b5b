package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/**
 * An image's storage status: ACTIVE (pullable), ARCHIVED (in ECR's archive storage class: listed only when asked for, not
 * pullable), ACTIVATING (being restored from the archive, up to 20 minutes; still not pullable). Source: ECR API
 * reference (ImageStatus, UpdateImageStorageClass); ECR user guide, archiving and restoring images.
 */
public enum ImageStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code ARCHIVED}. */
    ARCHIVED("ARCHIVED"),
    /** {@code ACTIVATING}. */
    ACTIVATING("ACTIVATING");

    private final String wire;

    ImageStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
