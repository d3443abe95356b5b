package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Docker network modes of a task. */
public enum NetworkMode implements WireValue {
    BRIDGE("bridge"),
    HOST("host"),
    AWSVPC("awsvpc"),
    NONE("none");

    private final String wire;

    NetworkMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
