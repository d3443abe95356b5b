package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Conditions a container dependency waits for. */
public enum ContainerCondition implements WireValue {
    /** The dependency has started (as links and volumes behave). */
    START("START"),
    /** The dependency has run to completion (exited, whatever its exit code); it may not be essential. */
    COMPLETE("COMPLETE"),
    /** The dependency has exited with status 0; it may not be essential. */
    SUCCESS("SUCCESS"),
    /** The dependency passes its container health check (which it must have); checked only at task startup. */
    HEALTHY("HEALTHY");

    private final String wire;

    ContainerCondition(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
