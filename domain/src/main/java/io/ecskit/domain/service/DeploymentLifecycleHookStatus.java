package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** State of one lifecycle hook invocation. */
public enum DeploymentLifecycleHookStatus implements WireValue {
    /** A PAUSE hook waits for ContinueServiceDeployment (or its timeout). */
    AWAITING_ACTION("AWAITING_ACTION"),
    /** The hook runs (an AWS_LAMBDA hook's function was invoked and has not answered). */
    IN_PROGRESS("IN_PROGRESS"),
    /** The hook succeeded; the deployment goes on. */
    SUCCEEDED("SUCCEEDED"),
    /** The hook failed; the deployment rolls back. */
    FAILED("FAILED"),
    /** The hook did not finish within its timeout; its timeout action applies. */
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
