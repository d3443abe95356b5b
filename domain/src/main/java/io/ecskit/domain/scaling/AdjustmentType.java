package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (AdjustmentType). */
public enum AdjustmentType implements WireValue {
    /** {@code ChangeInCapacity}. */
    CHANGE_IN_CAPACITY("ChangeInCapacity"),
    /** {@code PercentChangeInCapacity}. */
    PERCENT_CHANGE_IN_CAPACITY("PercentChangeInCapacity"),
    /** {@code ExactCapacity}. */
    EXACT_CAPACITY("ExactCapacity");

    private final String wire;

    AdjustmentType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
