package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (SubnetState). */
public enum SubnetState implements WireValue {
    /** {@code pending}. */
    PENDING("pending"),
    /** {@code available}. */
    AVAILABLE("available"),
    /** {@code unavailable}. */
    UNAVAILABLE("unavailable"),
    /** {@code failed}. */
    FAILED("failed"),
    /** {@code failed-insufficient-capacity}. */
    FAILED_INSUFFICIENT_CAPACITY("failed-insufficient-capacity");

    private final String wire;

    SubnetState(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
