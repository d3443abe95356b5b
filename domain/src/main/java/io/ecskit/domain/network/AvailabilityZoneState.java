package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (AvailabilityZoneState). */
public enum AvailabilityZoneState implements WireValue {
    /** {@code available}. */
    AVAILABLE("available"),
    /** {@code information}. */
    INFORMATION("information"),
    /** {@code impaired}. */
    IMPAIRED("impaired"),
    /** {@code unavailable}. */
    UNAVAILABLE("unavailable"),
    /** {@code constrained}. */
    CONSTRAINED("constrained");

    private final String wire;

    AvailabilityZoneState(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
