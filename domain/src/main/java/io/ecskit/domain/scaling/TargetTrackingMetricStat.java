package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * This structure defines the CloudWatch metric to return, along with the statistic and unit. Source: Application Auto Scaling API reference (TargetTrackingMetricStat).
 *
 * @param metric The CloudWatch metric to return, including the metric name, namespace, and dimensions. (required)
 * @param stat The statistic to return. (required)
 * @param unit The unit to use for the returned data points.
 */
@Value.Builder
public record TargetTrackingMetricStat(
        TargetTrackingMetric metric,
        String stat,
        Option<String> unit) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetTrackingMetricStatBuilder builder() {
        return new TargetTrackingMetricStatBuilder();
    }

    /** A builder holding this record's values. */
    public TargetTrackingMetricStatBuilder toBuilder() {
        return new TargetTrackingMetricStatBuilder().from(this);
    }
}
