package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * This structure defines the CloudWatch metric to return, along with the statistic and unit. Source: Application Auto Scaling API reference (PredictiveScalingMetricStat).
 *
 * @param metric The CloudWatch metric to return, including the metric name, namespace, and dimensions. (required)
 * @param stat The statistic to return. (required)
 * @param unit The unit to use for the returned data points.
 */
@Value.Builder
public record PredictiveScalingMetricStat(
        PredictiveScalingMetric metric,
        String stat,
        Option<String> unit) {

    /** A builder with every optional component absent and every list empty. */
    public static PredictiveScalingMetricStatBuilder builder() {
        return new PredictiveScalingMetricStatBuilder();
    }

    /** A builder holding this record's values. */
    public PredictiveScalingMetricStatBuilder toBuilder() {
        return new PredictiveScalingMetricStatBuilder().from(this);
    }
}
