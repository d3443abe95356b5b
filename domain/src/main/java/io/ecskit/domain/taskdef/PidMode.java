package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Process namespaces of a task's containers. */
public enum PidMode implements WireValue {
    /** {@code host}: containers share the process namespace of the EC2 host (not on Fargate). */
    HOST("host"),
    /** {@code task}: the task's containers share one process namespace (Fargate platform 1.4.0 or later on Linux). */
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
