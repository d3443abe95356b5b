package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** When an early-success deployment removes the old revision's tasks. */
public enum ServiceRevisionCleanup implements WireValue {
    /** The old revision's tasks are removed before the deployment is declared successful. */
    BLOCKING("BLOCKING"),
    /** The deployment is declared successful first; the old revision's tasks are removed after. */
    DEFERRED("DEFERRED");

    private final String wire;

    ServiceRevisionCleanup(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
