package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How StopServiceDeployment stops: ROLLBACK (the default) to the source revision, or ABORT where it stands. */
public enum StopServiceDeploymentStopType implements WireValue {
    ABORT("ABORT"),
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
