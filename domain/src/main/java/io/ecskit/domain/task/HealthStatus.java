package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/** Health of a task or container. */
public enum HealthStatus implements WireValue {
    HEALTHY("HEALTHY"),
    UNHEALTHY("UNHEALTHY"),
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
