package io.ecskit.domain.instance;

import io.ecskit.domain.WireValue;

/** The state of a container agent update. Source: ECS API reference, ContainerInstance.agentUpdateStatus. */
public enum AgentUpdateStatus implements WireValue {
    /** {@code PENDING}: pending. */
    PENDING("PENDING"),
    /** {@code STAGING}: staging. */
    STAGING("STAGING"),
    /** {@code STAGED}: staged. */
    STAGED("STAGED"),
    /** {@code UPDATING}: updating. */
    UPDATING("UPDATING"),
    /** {@code UPDATED}: updated. */
    UPDATED("UPDATED"),
    /** {@code FAILED}: failed. */
    FAILED("FAILED");

    private final String wire;

    AgentUpdateStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
