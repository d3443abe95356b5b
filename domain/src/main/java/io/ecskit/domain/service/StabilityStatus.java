package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Stability of a task set. */
public enum StabilityStatus implements WireValue {
    STEADY_STATE("STEADY_STATE"),
    STABILIZING("STABILIZING");

    private final String wire;

    StabilityStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
