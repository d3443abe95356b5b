package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Status of a service deployment (ListServiceDeployments, DescribeServiceDeployments). */
public enum ServiceDeploymentStatus implements WireValue {
    PENDING("PENDING"),
    SUCCESSFUL("SUCCESSFUL"),
    STOPPED("STOPPED"),
    STOP_REQUESTED("STOP_REQUESTED"),
    IN_PROGRESS("IN_PROGRESS"),
    ROLLBACK_REQUESTED("ROLLBACK_REQUESTED"),
    ROLLBACK_IN_PROGRESS("ROLLBACK_IN_PROGRESS"),
    ROLLBACK_SUCCESSFUL("ROLLBACK_SUCCESSFUL"),
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
