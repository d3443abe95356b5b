package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** What happens when a PAUSE hook times out, or how it is continued. */
public enum DeploymentLifecycleHookAction implements WireValue {
    /** Roll the deployment back to the previous service revision; the default timeout action. */
    ROLLBACK("ROLLBACK"),
    /** Proceed to the next lifecycle stage; ContinueServiceDeployment's default action. */
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
