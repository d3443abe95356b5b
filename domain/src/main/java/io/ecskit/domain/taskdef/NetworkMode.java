package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** Docker networking mode of a task; Fargate requires awsvpc. */
public enum NetworkMode implements WireValue {
    BRIDGE("bridge"),
    HOST("host"),
    AWSVPC("awsvpc"),
    NONE("none");

    private final String wire;

    NetworkMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<NetworkMode> fromWire(String wire) {
        return WireValue.parse(NetworkMode.class, wire);
    }
}
