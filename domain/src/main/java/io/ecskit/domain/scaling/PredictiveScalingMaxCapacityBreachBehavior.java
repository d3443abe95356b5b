package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (PredictiveScalingMaxCapacityBreachBehavior). */
public enum PredictiveScalingMaxCapacityBreachBehavior implements WireValue {
    /** {@code HonorMaxCapacity}. */
    HONORMAXCAPACITY("HonorMaxCapacity"),
    /** {@code IncreaseMaxCapacity}. */
    INCREASEMAXCAPACITY("IncreaseMaxCapacity");

    private final String wire;

    PredictiveScalingMaxCapacityBreachBehavior(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
