package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/** Health of a task or container. */
public enum HealthStatus implements WireValue {
    /** The container's health check passes; for a task, every essential container is HEALTHY. */
    HEALTHY("HEALTHY"),
    /** The container's health check fails; for a task, an essential container is UNHEALTHY. */
    UNHEALTHY("UNHEALTHY"),
    /**
     * Not evaluated yet, or the container has no health check in its definition; for a task, an essential container is
     * UNKNOWN.
     */
    UNKNOWN("UNKNOWN");

    private final String wire;

    HealthStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
