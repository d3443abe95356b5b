package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Log levels of the Service Connect proxy. */
public enum ServiceConnectContainerLogLevel implements WireValue {
    /** {@code debug}: verbose proxy logs, for troubleshooting. */
    DEBUG("debug"),
    /** {@code info}: the proxy's normal logs. */
    INFO("info");

    private final String wire;

    ServiceConnectContainerLogLevel(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
