package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * This structure specifies the metrics and target utilization settings for a predictive scaling policy. Source: Application Auto Scaling API reference (PredictiveScalingMetricSpecification).
 *
 * @param targetValue Specifies the target utilization. (required)
 * @param predefinedMetricPairSpecification The predefined metric pair specification that determines the appropriate scaling metric and load metric to use.
 * @param predefinedScalingMetricSpecification The predefined scaling metric specification.
 * @param predefinedLoadMetricSpecification The predefined load metric specification.
 * @param customizedScalingMetricSpecification The customized scaling metric specification.
 * @param customizedLoadMetricSpecification The customized load metric specification.
 * @param customizedCapacityMetricSpecification The customized capacity metric specification.
 */
@Value.Builder
public record PredictiveScalingMetricSpecification(
        Double targetValue,
        Option<PredictiveScalingPredefinedMetricPairSpecification> predefinedMetricPairSpecification,
        Option<PredictiveScalingPredefinedScalingMetricSpecification> predefinedScalingMetricSpecification,
        Option<PredictiveScalingPredefinedLoadMetricSpecification> predefinedLoadMetricSpecification,
        Option<PredictiveScalingCustomizedMetricSpecification> customizedScalingMetricSpecification,
        Option<PredictiveScalingCustomizedMetricSpecification> customizedLoadMetricSpecification,
        Option<PredictiveScalingCustomizedMetricSpecification> customizedCapacityMetricSpecification) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingMetricSpecificationBuilder builder() {
        return new PredictiveScalingMetricSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingMetricSpecificationBuilder toBuilder() {
        return new PredictiveScalingMetricSpecificationBuilder().from(this);
    }
}
