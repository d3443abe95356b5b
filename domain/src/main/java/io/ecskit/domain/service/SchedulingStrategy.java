package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How the service scheduler places tasks. */
public enum SchedulingStrategy implements WireValue {
    /** Keep {@code desiredCount} tasks across the cluster, spread over Availability Zones by default; ECS's default. */
    REPLICA("REPLICA"),
    /** Exactly one task on each active container instance that meets the placement constraints; not on Fargate. */
    DAEMON("DAEMON");

    private final String wire;

    SchedulingStrategy(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
