package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/**
 * How a task is isolated from other tasks on the same Amazon EC2 instance (trusted execution, ECS Managed
 * Instances only). Source: ECS API reference, TrustedExecutionConfiguration.
 */
public enum IsolationMode implements WireValue {
    /** {@code SHARED}: the task shares the instance with other tasks; ECS's default. */
    SHARED("SHARED"),
    /** {@code ISOLATED_SANDBOX}: the task runs in its own Nitro Sandbox, a lightweight VM isolated by the Nitro System. */
    ISOLATED_SANDBOX("ISOLATED_SANDBOX"),
    /** {@code CONFIDENTIAL_SANDBOX}: an isolated Nitro Sandbox with cryptographic attestation; needs an attestation policy. */
    CONFIDENTIAL_SANDBOX("CONFIDENTIAL_SANDBOX");

    private final String wire;

    IsolationMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
