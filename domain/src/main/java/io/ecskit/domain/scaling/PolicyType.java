package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (PolicyType). */
public enum PolicyType implements WireValue {
    /** {@code StepScaling}. */
    STEP_SCALING("StepScaling"),
    /** {@code TargetTrackingScaling}. */
    TARGET_TRACKING_SCALING("TargetTrackingScaling"),
    /** {@code PredictiveScaling}. */
    PREDICTIVE_SCALING("PredictiveScaling");

    private final String wire;

    PolicyType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
