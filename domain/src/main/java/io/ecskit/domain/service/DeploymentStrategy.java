package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How ECS replaces a service's tasks in a deployment. */
public enum DeploymentStrategy implements WireValue {
    /** Replace tasks in batches bounded by {@code minimumHealthyPercent} and {@code maximumPercent}; ECS's default. */
    ROLLING("ROLLING"),
    /** Start the new (green) revision beside the old (blue), shift all traffic at once, keep blue for the bake time. */
    BLUE_GREEN("BLUE_GREEN"),
    /**
     * Shift traffic to green in equal steps of {@code stepPercent}, waiting {@code stepBakeTimeInMinutes} after each.
     */
    LINEAR("LINEAR"),
    /** Shift {@code canaryPercent} of traffic to green, wait {@code canaryBakeTimeInMinutes}, then shift the rest. */
    CANARY("CANARY");

    private final String wire;

    DeploymentStrategy(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
