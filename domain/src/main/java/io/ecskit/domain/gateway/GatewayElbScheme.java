package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** Specifies whether the load balancers that a gateway manages are internet-facing or internal. Source: ECS API reference (GatewayElbScheme). */
public enum GatewayElbScheme implements WireValue {
    /** {@code internet-facing}. */
    INTERNET_FACING("internet-facing"),
    /** {@code internal}. */
    INTERNAL("internal");

    private final String wire;

    GatewayElbScheme(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
