package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (VpcState). */
public enum VpcState implements WireValue {
    /** {@code pending}. */
    PENDING("pending"),
    /** {@code available}. */
    AVAILABLE("available"),
    /** {@code deleting}. */
    DELETING("deleting");

    private final String wire;

    VpcState(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
