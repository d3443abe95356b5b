package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** The desync mitigation mode for a gateway's load balancers, which determines how the load balancers handle requests that might pose a security risk. Source: ECS API reference (GatewayAlbDesyncMitigationMode). */
public enum GatewayAlbDesyncMitigationMode implements WireValue {
    /** {@code monitor}. */
    MONITOR("monitor"),
    /** {@code defensive}. */
    DEFENSIVE("defensive"),
    /** {@code strictest}. */
    STRICTEST("strictest");

    private final String wire;

    GatewayAlbDesyncMitigationMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
