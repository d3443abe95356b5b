package io.ecskit.domain.capacity;

import io.ecskit.domain.WireValue;

/** Whether ECS drains instances the group terminates. Source: ECS API reference, AutoScalingGroupProvider.managedDraining. */
public enum ManagedDraining implements WireValue {
    /** {@code ENABLED}: drained first (the default). */
    ENABLED("ENABLED"),
    /** {@code DISABLED}: not drained. */
    DISABLED("DISABLED");

    private final String wire;

    ManagedDraining(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
