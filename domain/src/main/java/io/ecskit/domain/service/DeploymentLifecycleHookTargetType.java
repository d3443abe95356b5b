package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Kinds of lifecycle hook. */
public enum DeploymentLifecycleHookTargetType implements WireValue {
    /** Invoke a Lambda function at the stage, which answers SUCCEEDED, FAILED or IN_PROGRESS; ECS's default. */
    AWS_LAMBDA("AWS_LAMBDA"),
    /**
     * Pause the deployment at the stage until ContinueServiceDeployment continues or rolls it back, or the timeout
     * acts.
     */
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
