package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Whether ECS rebalances a service's tasks across Availability Zones. */
public enum AvailabilityZoneRebalancing implements WireValue {
    /** ECS moves tasks to rebalance the service across Availability Zones; CreateService's default. */
    ENABLED("ENABLED"),
    /** ECS leaves the spread as it is; UpdateService's default for a service that never had a value. */
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
