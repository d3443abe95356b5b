package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** State of a service deployment's rollback monitor (circuit breaker, alarms). */
public enum ServiceDeploymentRollbackMonitorsStatus implements WireValue {
    TRIGGERED("TRIGGERED"),
    MONITORING("MONITORING"),
    MONITORING_COMPLETE("MONITORING_COMPLETE"),
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
