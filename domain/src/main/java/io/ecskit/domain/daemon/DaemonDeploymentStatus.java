package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** The state of a daemon deployment, PENDING through SUCCESSFUL, STOPPED or a rollback's outcome. Source: ECS API reference (DaemonDeploymentStatus). */
public enum DaemonDeploymentStatus implements WireValue {
    /** {@code PENDING}. */
    PENDING("PENDING"),
    /** {@code SUCCESSFUL}. */
    SUCCESSFUL("SUCCESSFUL"),
    /** {@code STOPPED}. */
    STOPPED("STOPPED"),
    /** {@code STOP_REQUESTED}. */
    STOP_REQUESTED("STOP_REQUESTED"),
    /** {@code IN_PROGRESS}. */
    IN_PROGRESS("IN_PROGRESS"),
    /** {@code ROLLBACK_IN_PROGRESS}. */
    ROLLBACK_IN_PROGRESS("ROLLBACK_IN_PROGRESS"),
    /** {@code ROLLBACK_SUCCESSFUL}. */
    ROLLBACK_SUCCESSFUL("ROLLBACK_SUCCESSFUL"),
    /** {@code ROLLBACK_FAILED}. */
    ROLLBACK_FAILED("ROLLBACK_FAILED");

    private final String wire;

    DaemonDeploymentStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
