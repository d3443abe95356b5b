package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** The state of a daemon: ACTIVE, or DELETE_IN_PROGRESS once deleted until its tasks are gone. Source: ECS API reference (DaemonStatus). */
public enum DaemonStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code DELETE_IN_PROGRESS}. */
    DELETE_IN_PROGRESS("DELETE_IN_PROGRESS");

    private final String wire;

    DaemonStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
