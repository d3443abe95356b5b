package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** The protocol for a gateway's load balancer listener. Source: ECS API reference (GatewayAlbProtocol). */
public enum GatewayAlbProtocol implements WireValue {
    /** {@code HTTP}. */
    HTTP("HTTP"),
    /** {@code HTTPS}. */
    HTTPS("HTTPS");

    private final String wire;

    GatewayAlbProtocol(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
