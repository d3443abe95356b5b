package io.ecskit.domain.capacity;

import io.ecskit.domain.WireValue;

/** Whether instances running tasks are protected from scale-in. Source: ECS API reference, AutoScalingGroupProvider. */
public enum ManagedTerminationProtection implements WireValue {
    /** {@code ENABLED}: protected; needs managed scaling. */
    ENABLED("ENABLED"),
    /** {@code DISABLED}: not protected. */
    DISABLED("DISABLED");

    private final String wire;

    ManagedTerminationProtection(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
