package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a specific metric. Source: Application Auto Scaling API reference (TargetTrackingMetric).
 *
 * @param dimensions The dimensions for the metric.
 * @param metricName The name of the metric.
 * @param namespace The namespace of the metric.
 */
@Value.Builder
public record TargetTrackingMetric(
        List<TargetTrackingMetricDimension> dimensions,
        Option<String> metricName,
        Option<String> namespace) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetTrackingMetricBuilder builder() {
        return new TargetTrackingMetricBuilder();
    }

    /** A builder holding this record's values. */
    public TargetTrackingMetricBuilder toBuilder() {
        return new TargetTrackingMetricBuilder().from(this);
    }
}
