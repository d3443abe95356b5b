package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (VpcEncryptionControlExclusionState). */
public enum VpcEncryptionControlExclusionState implements WireValue {
    /** {@code enabling}. */
    ENABLING("enabling"),
    /** {@code enabled}. */
    ENABLED("enabled"),
    /** {@code disabling}. */
    DISABLING("disabling"),
    /** {@code disabled}. */
    DISABLED("disabled");

    private final String wire;

    VpcEncryptionControlExclusionState(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
