package io.ecskit.domain.capacity;

import io.ecskit.domain.WireValue;

/** Whether ECS scales the Auto Scaling group. Source: ECS API reference, ManagedScaling.status. */
public enum ManagedScalingStatus implements WireValue {
    /** {@code ENABLED}: ECS manages scale-in and scale-out. */
    ENABLED("ENABLED"),
    /** {@code DISABLED}: the group is scaled by whoever owns it. */
    DISABLED("DISABLED");

    private final String wire;

    ManagedScalingStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
