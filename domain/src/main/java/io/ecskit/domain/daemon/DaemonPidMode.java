package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** The process namespace of a daemon task's containers: none (the default) or shared. Source: ECS API reference (DaemonPidMode). */
public enum DaemonPidMode implements WireValue {
    /** {@code none}. */
    NONE("none"),
    /** {@code shared}. */
    SHARED("shared");

    private final String wire;

    DaemonPidMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
