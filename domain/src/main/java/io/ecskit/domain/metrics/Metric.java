package io.ecskit.domain.metrics;

import io.vavr.collection.List;

/**
 * A metric as ListMetrics answers it: its namespace, name and dimensions.
 *
 * @param namespace e.g. {@code AWS/ECS} or a custom one
 * @param metricName e.g. {@code CPUUtilization}
 * @param dimensions its dimensions
 */
public record Metric(String namespace, String metricName, List<Dimension> dimensions) {
}
