package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** How the circuit breaker's threshold value is read. */
public enum ThresholdType implements WireValue {
    /** The threshold {@code value} is a number of failed tasks. */
    COUNT("COUNT"),
    /**
     * The {@code value} is a percentage of the latest desired count, with ECS's lower and upper bounds applied; the
     * default.
     */
    BOUNDED_PERCENT("BOUNDED_PERCENT"),
    /** The {@code value} is a percentage of the latest desired count, without the 3..200 bounds. */
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
