package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Process namespaces of a task's containers. */
public enum PidMode implements WireValue {
    HOST("host"),
    TASK("task");

    private final String wire;

    PidMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
