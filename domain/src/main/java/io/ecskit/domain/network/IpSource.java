package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (IpSource). */
public enum IpSource implements WireValue {
    /** {@code amazon}. */
    AMAZON("amazon"),
    /** {@code byoip}. */
    BYOIP("byoip"),
    /** {@code none}. */
    NONE("none");

    private final String wire;

    IpSource(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
