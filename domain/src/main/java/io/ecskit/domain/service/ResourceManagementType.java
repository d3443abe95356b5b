package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Who manages a service. */
public enum ResourceManagementType implements WireValue {
    /** The customer manages the service (every service created with CreateService). */
    CUSTOMER("CUSTOMER"),
    /** ECS manages the service: an Express service. */
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
