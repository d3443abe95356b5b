package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/** The status of a confidential task's attestation policy. Source: ECS API reference, TrustedExecutionSummary. */
public enum AttestationPolicyStatus implements WireValue {
    /** {@code CONFIGURED}: the task definition gave an attestation policy. */
    CONFIGURED("CONFIGURED");

    private final String wire;

    AttestationPolicyStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
