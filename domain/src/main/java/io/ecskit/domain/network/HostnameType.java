package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (HostnameType). */
public enum HostnameType implements WireValue {
    /** {@code ip-name}. */
    IP_NAME("ip-name"),
    /** {@code resource-name}. */
    RESOURCE_NAME("resource-name");

    private final String wire;

    HostnameType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
