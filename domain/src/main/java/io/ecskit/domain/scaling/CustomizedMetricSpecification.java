package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a CloudWatch metric of your choosing for a target tracking scaling policy to use with Application Auto Scaling. Source: Application Auto Scaling API reference (CustomizedMetricSpecification).
 *
 * @param metricName The name of the metric.
 * @param namespace The namespace of the metric.
 * @param dimensions The dimensions of the metric.
 * @param statistic The statistic of the metric.
 * @param unit The unit of the metric.
 * @param metrics The metrics to include in the target tracking scaling policy, as a metric data query.
 */
@Value.Builder
public record CustomizedMetricSpecification(
        Option<String> metricName,
        Option<String> namespace,
        List<MetricDimension> dimensions,
        Option<MetricStatistic> statistic,
        Option<String> unit,
        List<TargetTrackingMetricDataQuery> metrics) {

    /** A builder with every optional component absent and every list empty. */
    public static CustomizedMetricSpecificationBuilder builder() {
        return new CustomizedMetricSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public CustomizedMetricSpecificationBuilder toBuilder() {
        return new CustomizedMetricSpecificationBuilder().from(this);
    }
}
