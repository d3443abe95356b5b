package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a predictive scaling policy configuration. Source: Application Auto Scaling API reference (PredictiveScalingPolicyConfiguration).
 *
 * @param metricSpecifications This structure includes the metrics and target utilization to use for predictive scaling. (required)
 * @param mode The predictive scaling mode.
 * @param schedulingBufferTime The amount of time, in seconds, that the start time can be advanced.
 * @param maxCapacityBreachBehavior Defines the behavior that should be applied if the forecast capacity approaches or exceeds the maximum capacity.
 * @param maxCapacityBuffer The size of the capacity buffer to use when the forecast capacity is close to or exceeds the maximum capacity.
 */
@Value.Builder
public record PredictiveScalingPolicyConfiguration(
        List<PredictiveScalingMetricSpecification> metricSpecifications,
        Option<PredictiveScalingMode> mode,
        Option<Integer> schedulingBufferTime,
        Option<PredictiveScalingMaxCapacityBreachBehavior> maxCapacityBreachBehavior,
        Option<Integer> maxCapacityBuffer) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingPolicyConfigurationBuilder builder() {
        return new PredictiveScalingPolicyConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingPolicyConfigurationBuilder toBuilder() {
        return new PredictiveScalingPolicyConfigurationBuilder().from(this);
    }
}
