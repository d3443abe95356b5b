package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Formats of Service Connect access logs. */
public enum ServiceConnectAccessLoggingFormat implements WireValue {
    /** Human-readable lines. */
    TEXT("TEXT"),
    /** One JSON object per request, for log analysis tools. */
    JSON("JSON");

    private final String wire;

    ServiceConnectAccessLoggingFormat(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
