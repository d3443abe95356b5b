package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Lifetimes of a Docker volume. */
public enum Scope implements WireValue {
    /** {@code task}: the volume is created when the task starts and destroyed when it stops. */
    TASK("task"),
    /** {@code shared}: the volume persists after the task stops (see {@code autoprovision}). */
    SHARED("shared");

    private final String wire;

    Scope(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
