package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The metric data to return. Source: Application Auto Scaling API reference (PredictiveScalingMetricDataQuery).
 *
 * @param id A short name that identifies the object's results in the response. (required)
 * @param expression The math expression to perform on the returned data, if this object is performing a math expression.
 * @param metricStat Information about the metric data to return.
 * @param label A human-readable label for this metric or expression.
 * @param returnData Indicates whether to return the timestamps and raw data values of this metric.
 */
@Value.Builder
public record PredictiveScalingMetricDataQuery(
        String id,
        Option<String> expression,
        Option<PredictiveScalingMetricStat> metricStat,
        Option<String> label,
        Option<Boolean> returnData) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingMetricDataQueryBuilder builder() {
        return new PredictiveScalingMetricDataQueryBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingMetricDataQueryBuilder toBuilder() {
        return new PredictiveScalingMetricDataQueryBuilder().from(this);
    }
}
