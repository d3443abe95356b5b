package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Whether access logs include query strings. */
public enum ServiceConnectIncludeQueryParameters implements WireValue {
    /** Leave query strings out of access logs; the default. */
    DISABLED("DISABLED"),
    /** Log HTTP query strings too (they may hold tokens or other sensitive data). */
    ENABLED("ENABLED");

    private final String wire;

    ServiceConnectIncludeQueryParameters(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
