package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Lifetimes of a Docker volume. */
public enum Scope implements WireValue {
    TASK("task"),
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
