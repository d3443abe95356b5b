package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Represents a CloudWatch metric of your choosing for a predictive scaling policy. Source: Application Auto Scaling API reference (PredictiveScalingCustomizedMetricSpecification).
 *
 * @param metricDataQueries One or more metric data queries to provide data points for a metric specification. (required)
 */
@Value.Builder
public record PredictiveScalingCustomizedMetricSpecification(
        List<PredictiveScalingMetricDataQuery> metricDataQueries) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingCustomizedMetricSpecificationBuilder builder() {
        return new PredictiveScalingCustomizedMetricSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingCustomizedMetricSpecificationBuilder toBuilder() {
        return new PredictiveScalingCustomizedMetricSpecificationBuilder().from(this);
    }
}
