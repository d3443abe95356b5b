package io.ecskit.domain.daemon;

import io.ecskit.domain.WireValue;

/** Whose tags a daemon's tasks get: DAEMON or NONE (not propagated when absent). Source: ECS API reference (DaemonPropagateTags). */
public enum DaemonPropagateTags implements WireValue {
    /** {@code DAEMON}. */
    DAEMON("DAEMON"),
    /** {@code NONE}. */
    NONE("NONE");

    private final String wire;

    DaemonPropagateTags(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
