package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Who runs a service's deployments. */
public enum DeploymentControllerType implements WireValue {
    /**
     * ECS runs deployments itself with the service's deployment strategy (ROLLING, BLUE_GREEN, LINEAR, CANARY); ECS's
     * default.
     */
    ECS("ECS"),
    /** AWS CodeDeploy runs blue/green deployments through task sets. */
    CODE_DEPLOY("CODE_DEPLOY"),
    /** A third-party controller runs deployments through task sets (CreateTaskSet, UpdateServicePrimaryTaskSet). */
    EXTERNAL("EXTERNAL");

    private final String wire;

    DeploymentControllerType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
