package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** States of a deployment's rollout. */
public enum DeploymentRolloutState implements WireValue {
    COMPLETED("COMPLETED"),
    FAILED("FAILED"),
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
