package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * Describes the dimension of a metric. Source: Application Auto Scaling API reference (PredictiveScalingMetricDimension).
 *
 * @param name The name of the dimension. (required)
 * @param value The value of the dimension. (required)
 */
@Value.Builder
public record PredictiveScalingMetricDimension(
        String name,
        String value) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingMetricDimensionBuilder builder() {
        return new PredictiveScalingMetricDimensionBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingMetricDimensionBuilder toBuilder() {
        return new PredictiveScalingMetricDimensionBuilder().from(this);
    }
}
