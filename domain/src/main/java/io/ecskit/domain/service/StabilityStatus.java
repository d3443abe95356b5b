package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Stability of a task set. */
public enum StabilityStatus implements WireValue {
    /**
     * Running count equals the computed desired count, nothing is pending, no task is on a DRAINING instance, and
     * every task is healthy.
     */
    STEADY_STATE("STEADY_STATE"),
    /** Any of the steady-state conditions does not hold yet. */
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
