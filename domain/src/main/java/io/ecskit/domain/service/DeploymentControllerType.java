package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Who runs a service's deployments. */
public enum DeploymentControllerType implements WireValue {
    ECS("ECS"),
    CODE_DEPLOY("CODE_DEPLOY"),
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
