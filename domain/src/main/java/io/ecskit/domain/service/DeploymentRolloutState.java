package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** States of a deployment's rollout. */
public enum DeploymentRolloutState implements WireValue {
    /** The service reached a steady state on the deployment's revision. */
    COMPLETED("COMPLETED"),
    /** The circuit breaker found the deployment cannot reach a steady state; it launches no new tasks. */
    FAILED("FAILED"),
    /** The deployment started and has not reached a steady state yet. */
    IN_PROGRESS("IN_PROGRESS");

    private final String wire;

    DeploymentRolloutState(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
