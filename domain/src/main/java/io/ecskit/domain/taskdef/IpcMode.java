package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** IPC namespaces of a task's containers. */
public enum IpcMode implements WireValue {
    /** {@code host}: containers share the IPC resources of the EC2 host (not on Fargate or Windows). */
    HOST("host"),
    /** {@code task}: the task's containers share IPC resources with each other. */
    TASK("task"),
    /** {@code none}: each container's IPC resources are private. */
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
