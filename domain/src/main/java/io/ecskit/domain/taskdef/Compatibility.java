package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Launch types a task definition is validated against and compatible with. */
public enum Compatibility implements WireValue {
    EC2("EC2"),
    FARGATE("FARGATE"),
    EXTERNAL("EXTERNAL"),
    MANAGED_INSTANCES("MANAGED_INSTANCES");

    private final String wire;

    Compatibility(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
