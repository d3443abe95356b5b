package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Who manages a service. */
public enum ResourceManagementType implements WireValue {
    CUSTOMER("CUSTOMER"),
    ECS("ECS");

    private final String wire;

    ResourceManagementType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
