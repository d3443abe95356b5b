package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the scaling metric. Source: Application Auto Scaling API reference (PredictiveScalingMetric).
 *
 * @param dimensions Describes the dimensions of the metric.
 * @param metricName The name of the metric.
 * @param namespace The namespace of the metric.
 */
@Value.Builder
public record PredictiveScalingMetric(
        List<PredictiveScalingMetricDimension> dimensions,
        Option<String> metricName,
        Option<String> namespace) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingMetricBuilder builder() {
        return new PredictiveScalingMetricBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingMetricBuilder toBuilder() {
        return new PredictiveScalingMetricBuilder().from(this);
    }
}
