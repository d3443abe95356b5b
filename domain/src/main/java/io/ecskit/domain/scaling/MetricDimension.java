package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * Describes the dimension names and values associated with a metric. Source: Application Auto Scaling API reference (MetricDimension).
 *
 * @param name The name of the dimension. (required)
 * @param value The value of the dimension. (required)
 */
@Value.Builder
public record MetricDimension(
        String name,
        String value) {

    /** A builder with every optional component absent and every list empty. */
    public static MetricDimensionBuilder builder() {
        return new MetricDimensionBuilder();
    }

    /** A builder holding this record's values. */
    public MetricDimensionBuilder toBuilder() {
        return new MetricDimensionBuilder().from(this);
    }
}
