package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** The state of a daemon deployment's circuit breaker or alarms: TRIGGERED, MONITORING, MONITORING_COMPLETE or DISABLED. Source: ECS API reference (DaemonDeploymentRollbackMonitorsStatus). */
public enum DaemonDeploymentRollbackMonitorsStatus implements WireValue {
    /** {@code TRIGGERED}. */
    TRIGGERED("TRIGGERED"),
    /** {@code MONITORING}. */
    MONITORING("MONITORING"),
    /** {@code MONITORING_COMPLETE}. */
    MONITORING_COMPLETE("MONITORING_COMPLETE"),
    /** {@code DISABLED}. */
    DISABLED("DISABLED");

    private final String wire;

    DaemonDeploymentRollbackMonitorsStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
