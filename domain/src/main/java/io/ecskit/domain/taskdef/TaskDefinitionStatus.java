package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** States of a task definition revision. */
public enum TaskDefinitionStatus implements WireValue {
    /** Registered and usable: services and RunTask may use it. */
    ACTIVE("ACTIVE"),
    /** Deregistered: running tasks and services keep it, but new services and RunTask may not use it. */
    INACTIVE("INACTIVE"),
    /** DeleteTaskDefinitions was asked; ECS deletes it once no task or service uses it. */
    DELETE_IN_PROGRESS("DELETE_IN_PROGRESS");

    private final String wire;

    TaskDefinitionStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
