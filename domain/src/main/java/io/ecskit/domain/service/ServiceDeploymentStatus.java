package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Status of a service deployment (ListServiceDeployments, DescribeServiceDeployments). */
public enum ServiceDeploymentStatus implements WireValue {
    /** Created, not started yet. */
    PENDING("PENDING"),
    /** The target revision runs the service; the deployment is done. */
    SUCCESSFUL("SUCCESSFUL"),
    /** Stopped before it finished, e.g. replaced by a newer UpdateService or stopped with ABORT. */
    STOPPED("STOPPED"),
    /** StopServiceDeployment was asked and ECS is stopping it. */
    STOP_REQUESTED("STOP_REQUESTED"),
    /** Deploying the target revision. */
    IN_PROGRESS("IN_PROGRESS"),
    /** A rollback was asked (circuit breaker, alarm, hook, or StopServiceDeployment ROLLBACK) and has not started. */
    ROLLBACK_REQUESTED("ROLLBACK_REQUESTED"),
    /** Rolling back to the source revision. */
    ROLLBACK_IN_PROGRESS("ROLLBACK_IN_PROGRESS"),
    /** The rollback finished: the service runs the revision from before. */
    ROLLBACK_SUCCESSFUL("ROLLBACK_SUCCESSFUL"),
    /** The rollback could not finish (e.g. no earlier completed revision to go back to). */
    ROLLBACK_FAILED("ROLLBACK_FAILED");

    private final String wire;

    ServiceDeploymentStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
