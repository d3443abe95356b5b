package io.ecskit.domain.service;

/** ACTIVE until DeleteService; DRAINING while its tasks stop; INACTIVE after (still describable for a while). */
public enum ServiceStatus {
    /** The service runs and takes UpdateService. */
    ACTIVE,
    /** DeleteService was called and the service's tasks are stopping; the name stays taken in the cluster. */
    DRAINING,
    /** Deleted, all tasks stopped; ECS still describes it for a while (the in-memory backend for an hour). */
    INACTIVE
}
