package io.ecskit.domain.cluster;

import io.ecskit.domain.WireValue;

/** Where ECS Exec session logs go. */
public enum ExecuteCommandLogging implements WireValue {
    NONE("NONE"),
    DEFAULT("DEFAULT"),
    OVERRIDE("OVERRIDE");

    private final String wire;

    ExecuteCommandLogging(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
