package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a scaling metric for a predictive scaling policy. Source: Application Auto Scaling API reference (PredictiveScalingPredefinedScalingMetricSpecification).
 *
 * @param predefinedMetricType The metric type. (required)
 * @param resourceLabel A label that uniquely identifies a specific target group from which to determine the average request count.
 */
@Value.Builder
public record PredictiveScalingPredefinedScalingMetricSpecification(
        String predefinedMetricType,
        Option<String> resourceLabel) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingPredefinedScalingMetricSpecificationBuilder builder() {
        return new PredictiveScalingPredefinedScalingMetricSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingPredefinedScalingMetricSpecificationBuilder toBuilder() {
        return new PredictiveScalingPredefinedScalingMetricSpecificationBuilder().from(this);
    }
}
