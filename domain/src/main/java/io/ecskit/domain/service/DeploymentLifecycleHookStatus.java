package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** State of one lifecycle hook invocation. */
public enum DeploymentLifecycleHookStatus implements WireValue {
    AWAITING_ACTION("AWAITING_ACTION"),
    IN_PROGRESS("IN_PROGRESS"),
    SUCCEEDED("SUCCEEDED"),
    FAILED("FAILED"),
    TIMED_OUT("TIMED_OUT");

    private final String wire;

    DeploymentLifecycleHookStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
