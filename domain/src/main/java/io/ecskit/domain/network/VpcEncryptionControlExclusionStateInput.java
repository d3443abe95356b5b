package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (VpcEncryptionControlExclusionStateInput). */
public enum VpcEncryptionControlExclusionStateInput implements WireValue {
    /** {@code enable}. */
    ENABLE("enable"),
    /** {@code disable}. */
    DISABLE("disable");

    private final String wire;

    VpcEncryptionControlExclusionStateInput(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
