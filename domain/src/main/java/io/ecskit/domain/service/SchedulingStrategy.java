package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How the service scheduler places tasks. */
public enum SchedulingStrategy implements WireValue {
    REPLICA("REPLICA"),
    DAEMON("DAEMON");

    private final String wire;

    SchedulingStrategy(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
