package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Access types of a gateway connector. */
public enum AccessType implements WireValue {
    PUBLIC("PUBLIC"),
    PRIVATE("PRIVATE");

    private final String wire;

    AccessType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
