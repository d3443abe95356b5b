package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** What happens when a PAUSE hook times out, or how it is continued. */
public enum DeploymentLifecycleHookAction implements WireValue {
    ROLLBACK("ROLLBACK"),
    CONTINUE("CONTINUE");

    private final String wire;

    DeploymentLifecycleHookAction(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
