package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Protocols of a gateway connector's health check. */
public enum GatewayConnectorHealthCheckProtocol implements WireValue {
    /** Plain HTTP requests. */
    HTTP("HTTP"),
    /** HTTP over TLS. */
    HTTPS("HTTPS");

    private final String wire;

    GatewayConnectorHealthCheckProtocol(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
