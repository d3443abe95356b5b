package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * Describes the dimension of a metric. Source: Application Auto Scaling API reference (TargetTrackingMetricDimension).
 *
 * @param name The name of the dimension. (required)
 * @param value The value of the dimension. (required)
 */
@Value.Builder
public record TargetTrackingMetricDimension(
        String name,
        String value) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetTrackingMetricDimensionBuilder builder() {
        return new TargetTrackingMetricDimensionBuilder();
    }

    /** A builder holding this record's values. */
    public TargetTrackingMetricDimensionBuilder toBuilder() {
        return new TargetTrackingMetricDimensionBuilder().from(this);
    }
}
