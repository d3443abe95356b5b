package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (Ipv6AddressAttribute). */
public enum Ipv6AddressAttribute implements WireValue {
    /** {@code public}. */
    PUBLIC("public"),
    /** {@code private}. */
    PRIVATE("private");

    private final String wire;

    Ipv6AddressAttribute(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
