package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Whether ECS rebalances a service's tasks across Availability Zones. */
public enum AvailabilityZoneRebalancing implements WireValue {
    ENABLED("ENABLED"),
    DISABLED("DISABLED");

    private final String wire;

    AvailabilityZoneRebalancing(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
