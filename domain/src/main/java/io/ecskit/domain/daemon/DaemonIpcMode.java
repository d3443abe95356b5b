package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** The IPC namespace of a daemon task's containers: none (the default) or shared. Source: ECS API reference (DaemonIpcMode). */
public enum DaemonIpcMode implements WireValue {
    /** {@code none}. */
    NONE("none"),
    /** {@code shared}. */
    SHARED("shared");

    private final String wire;

    DaemonIpcMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
