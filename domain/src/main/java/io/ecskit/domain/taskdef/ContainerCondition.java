package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Conditions a container dependency waits for. */
public enum ContainerCondition implements WireValue {
    START("START"),
    COMPLETE("COMPLETE"),
    SUCCESS("SUCCESS"),
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
