package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Transport protocols of a port mapping. */
public enum TransportProtocol implements WireValue {
    /** {@code tcp}, ECS's default protocol of a port mapping. */
    TCP("tcp"),
    /** {@code udp}. */
    UDP("udp");

    private final String wire;

    TransportProtocol(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
