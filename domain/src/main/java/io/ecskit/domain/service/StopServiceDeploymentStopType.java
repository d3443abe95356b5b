package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How StopServiceDeployment stops: ROLLBACK (the default) to the source revision, or ABORT where it stands. */
public enum StopServiceDeploymentStopType implements WireValue {
    /** {@code ABORT}: stop the deployment where it stands, without rolling back. */
    ABORT("ABORT"),
    /**
     * {@code ROLLBACK}: roll the service back to the revision that ran before; the one value the API reference lists
     * as valid.
     */
    ROLLBACK("ROLLBACK");

    private final String wire;

    StopServiceDeploymentStopType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
