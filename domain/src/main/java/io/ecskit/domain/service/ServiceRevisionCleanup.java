package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** When an early-success deployment removes the old revision's tasks. */
public enum ServiceRevisionCleanup implements WireValue {
    BLOCKING("BLOCKING"),
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
