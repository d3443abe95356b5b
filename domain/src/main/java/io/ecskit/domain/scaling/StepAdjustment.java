package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a step adjustment for a StepScalingPolicyConfiguration . Source: Application Auto Scaling API reference (StepAdjustment).
 *
 * @param metricIntervalLowerBound The lower bound for the difference between the alarm threshold and the CloudWatch metric.
 * @param metricIntervalUpperBound The upper bound for the difference between the alarm threshold and the CloudWatch metric.
 * @param scalingAdjustment The amount by which to scale, based on the specified adjustment type. (required)
 */
@Value.Builder
public record StepAdjustment(
        Option<Double> metricIntervalLowerBound,
        Option<Double> metricIntervalUpperBound,
        Integer scalingAdjustment) {

    /** A builder with every optional component absent and every list empty. */
    public static StepAdjustmentBuilder builder() {
        return new StepAdjustmentBuilder();
    }

    /** A builder holding this record's values. */
    public StepAdjustmentBuilder toBuilder() {
        return new StepAdjustmentBuilder().from(this);
    }
}
