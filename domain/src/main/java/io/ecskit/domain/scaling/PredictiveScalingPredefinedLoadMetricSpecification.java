package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a load metric for a predictive scaling policy. Source: Application Auto Scaling API reference (PredictiveScalingPredefinedLoadMetricSpecification).
 *
 * @param predefinedMetricType The metric type. (required)
 * @param resourceLabel A label that uniquely identifies a target group.
 */
@Value.Builder
public record PredictiveScalingPredefinedLoadMetricSpecification(
        String predefinedMetricType,
        Option<String> resourceLabel) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingPredefinedLoadMetricSpecificationBuilder builder() {
        return new PredictiveScalingPredefinedLoadMetricSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingPredefinedLoadMetricSpecificationBuilder toBuilder() {
        return new PredictiveScalingPredefinedLoadMetricSpecificationBuilder().from(this);
    }
}
