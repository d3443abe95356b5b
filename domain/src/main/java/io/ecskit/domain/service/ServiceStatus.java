package io.ecskit.domain.service;

/** ACTIVE until DeleteService; DRAINING while its tasks stop; INACTIVE after (still describable for a while). */
public enum ServiceStatus {
    ACTIVE, DRAINING, INACTIVE
}
