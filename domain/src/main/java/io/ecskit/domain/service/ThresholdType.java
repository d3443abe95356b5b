package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How the circuit breaker's threshold value is read. */
public enum ThresholdType implements WireValue {
    COUNT("COUNT"),
    BOUNDED_PERCENT("BOUNDED_PERCENT"),
    UNBOUNDED_PERCENT("UNBOUNDED_PERCENT");

    private final String wire;

    ThresholdType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
