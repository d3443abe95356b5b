package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** States of a task definition revision. */
public enum TaskDefinitionStatus implements WireValue {
    ACTIVE("ACTIVE"),
    INACTIVE("INACTIVE"),
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
