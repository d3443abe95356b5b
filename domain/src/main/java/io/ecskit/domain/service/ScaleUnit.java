package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Units of a task set's scale. */
public enum ScaleUnit implements WireValue {
    /** A percentage of the service's desired count; the only unit ECS has. */
    PERCENT("PERCENT");

    private final String wire;

    ScaleUnit(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
