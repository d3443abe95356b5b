package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** Port-mapping protocol; ECS defaults to tcp. */
public enum TransportProtocol implements WireValue {
    TCP("tcp"),
    UDP("udp");

    private final String wire;

    TransportProtocol(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<TransportProtocol> fromWire(String wire) {
        return WireValue.parse(TransportProtocol.class, wire);
    }
}
