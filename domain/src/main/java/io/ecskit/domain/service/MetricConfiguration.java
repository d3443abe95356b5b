package io.ecskit.domain.service;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A set of metrics at one resolution.
 *
 * @param metricNames Metric names.
 * @param resolutionSeconds Resolution of the metrics in seconds.
 */
@Value.Builder
public record MetricConfiguration(
        List<String> metricNames,
        int resolutionSeconds) {

    /** A builder with every optional component absent and every list empty. */
    public static MetricConfigurationBuilder builder() {
        return new MetricConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public MetricConfigurationBuilder toBuilder() {
        return new MetricConfigurationBuilder().from(this);
    }
}
