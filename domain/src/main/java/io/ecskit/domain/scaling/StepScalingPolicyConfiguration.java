package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a step scaling policy configuration to use with Application Auto Scaling. Source: Application Auto Scaling API reference (StepScalingPolicyConfiguration).
 *
 * @param adjustmentType Specifies how the ScalingAdjustment value in a StepAdjustment is interpreted (for example, an absolute number or a percentage).
 * @param stepAdjustments A set of adjustments that enable you to scale based on the size of the alarm breach.
 * @param minAdjustmentMagnitude The minimum value to scale by when the adjustment type is PercentChangeInCapacity .
 * @param cooldown The amount of time, in seconds, to wait for a previous scaling activity to take effect.
 * @param metricAggregationType The aggregation type for the CloudWatch metrics.
 */
@Value.Builder
public record StepScalingPolicyConfiguration(
        Option<AdjustmentType> adjustmentType,
        List<StepAdjustment> stepAdjustments,
        Option<Integer> minAdjustmentMagnitude,
        Option<Integer> cooldown,
        Option<MetricAggregationType> metricAggregationType) {

    /** A builder with every optional component absent and every list empty. */
    public static StepScalingPolicyConfigurationBuilder builder() {
        return new StepScalingPolicyConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public StepScalingPolicyConfigurationBuilder toBuilder() {
        return new StepScalingPolicyConfigurationBuilder().from(this);
    }
}
