package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How ECS replaces a service's tasks in a deployment. */
public enum DeploymentStrategy implements WireValue {
    ROLLING("ROLLING"),
    BLUE_GREEN("BLUE_GREEN"),
    LINEAR("LINEAR"),
    CANARY("CANARY");

    private final String wire;

    DeploymentStrategy(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
