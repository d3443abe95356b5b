package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (Tenancy). */
public enum Tenancy implements WireValue {
    /** {@code default}. */
    DEFAULT("default"),
    /** {@code dedicated}. */
    DEDICATED("dedicated"),
    /** {@code host}. */
    HOST("host");

    private final String wire;

    Tenancy(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
