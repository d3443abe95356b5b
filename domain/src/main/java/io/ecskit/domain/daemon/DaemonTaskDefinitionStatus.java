package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** The state of a daemon task definition revision: ACTIVE, DELETE_IN_PROGRESS, DELETED. Source: ECS API reference (DaemonTaskDefinitionStatus). */
public enum DaemonTaskDefinitionStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code DELETE_IN_PROGRESS}. */
    DELETE_IN_PROGRESS("DELETE_IN_PROGRESS"),
    /** {@code DELETED}. */
    DELETED("DELETED");

    private final String wire;

    DaemonTaskDefinitionStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
