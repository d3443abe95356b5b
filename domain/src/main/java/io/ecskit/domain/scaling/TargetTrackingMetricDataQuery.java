package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The metric data to return. Source: Application Auto Scaling API reference (TargetTrackingMetricDataQuery).
 *
 * @param expression The math expression to perform on the returned data, if this object is performing a math expression.
 * @param id A short name that identifies the object's results in the response. (required)
 * @param label A human-readable label for this metric or expression.
 * @param metricStat Information about the metric data to return.
 * @param returnData Indicates whether to return the timestamps and raw data values of this metric.
 */
@Value.Builder
public record TargetTrackingMetricDataQuery(
        Option<String> expression,
        String id,
        Option<String> label,
        Option<TargetTrackingMetricStat> metricStat,
        Option<Boolean> returnData) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetTrackingMetricDataQueryBuilder builder() {
        return new TargetTrackingMetricDataQueryBuilder();
    }

    /** A builder holding this record's values. */
    public TargetTrackingMetricDataQueryBuilder toBuilder() {
        return new TargetTrackingMetricDataQueryBuilder().from(this);
    }
}
