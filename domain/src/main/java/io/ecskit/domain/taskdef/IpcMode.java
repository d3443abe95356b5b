package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** IPC namespaces of a task's containers. */
public enum IpcMode implements WireValue {
    HOST("host"),
    TASK("task"),
    NONE("none");

    private final String wire;

    IpcMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
