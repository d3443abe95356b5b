package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a metric pair for a predictive scaling policy. Source: Application Auto Scaling API reference (PredictiveScalingPredefinedMetricPairSpecification).
 *
 * @param predefinedMetricType Indicates which metrics to use. (required)
 * @param resourceLabel A label that uniquely identifies a specific target group from which to determine the total and average request count.
 */
@Value.Builder
public record PredictiveScalingPredefinedMetricPairSpecification(
        String predefinedMetricType,
        Option<String> resourceLabel) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingPredefinedMetricPairSpecificationBuilder builder() {
        return new PredictiveScalingPredefinedMetricPairSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingPredefinedMetricPairSpecificationBuilder toBuilder() {
        return new PredictiveScalingPredefinedMetricPairSpecificationBuilder().from(this);
    }
}
