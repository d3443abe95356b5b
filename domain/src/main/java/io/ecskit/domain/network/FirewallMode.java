package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (FirewallMode). */
public enum FirewallMode implements WireValue {
    /** {@code monitor}. */
    MONITOR("monitor"),
    /** {@code enforce}. */
    ENFORCE("enforce");

    private final String wire;

    FirewallMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
