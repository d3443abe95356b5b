package io.ecskit.domain.task;

/** Container or task health, from the health check. */
public enum HealthStatus {
    HEALTHY, UNHEALTHY, UNKNOWN
}
