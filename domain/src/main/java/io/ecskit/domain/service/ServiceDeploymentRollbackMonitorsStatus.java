package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** State of a service deployment's rollback monitor (circuit breaker, alarms). */
public enum ServiceDeploymentRollbackMonitorsStatus implements WireValue {
    /** The monitor tripped (too many failed tasks, or an alarm went into ALARM) and failed the deployment. */
    TRIGGERED("TRIGGERED"),
    /** The monitor is watching the deployment. */
    MONITORING("MONITORING"),
    /** The deployment ended without the monitor tripping. */
    MONITORING_COMPLETE("MONITORING_COMPLETE"),
    /** ECS is not using this monitor for the deployment. */
    DISABLED("DISABLED");

    private final String wire;

    ServiceDeploymentRollbackMonitorsStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
