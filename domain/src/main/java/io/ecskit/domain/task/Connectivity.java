package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/** Whether a task is connected. */
public enum Connectivity implements WireValue {
    /** The task is connected to ECS. */
    CONNECTED("CONNECTED"),
    /** The task has lost its connection to ECS. */
    DISCONNECTED("DISCONNECTED");

    private final String wire;

    Connectivity(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
