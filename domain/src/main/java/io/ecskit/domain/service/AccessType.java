package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Access types of a gateway connector. */
public enum AccessType implements WireValue {
    /** Public access: reachable from the internet. */
    PUBLIC("PUBLIC"),
    /** Private access: reachable only from within the VPC. */
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
