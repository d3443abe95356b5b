package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Kinds of lifecycle hook. */
public enum DeploymentLifecycleHookTargetType implements WireValue {
    AWS_LAMBDA("AWS_LAMBDA"),
    PAUSE("PAUSE");

    private final String wire;

    DeploymentLifecycleHookTargetType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
