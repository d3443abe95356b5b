package io.ecskit.domain.metrics;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * One PutMetricData entry: a value (or values with their counts, or a statistic set) of a metric at a time. Source:
 * CloudWatch API reference, MetricDatum.
 *
 * @param metricName the metric's name (required), 1..255 characters
 * @param dimensions at most 30
 * @param timestamp when (the clock's now by default); at most two weeks old and two hours ahead
 * @param value one value
 * @param values several values (with {@code counts}: how often each occurred), at most 150
 * @param counts how often each of {@code values} occurred (1 each by default)
 * @param statistics a statistic set (sample count, sum, minimum, maximum) instead of values
 * @param unit the unit, e.g. {@code Percent}, {@code Count} ({@code None} by default)
 */
public record MetricDatum(String metricName, List<Dimension> dimensions, Option<Instant> timestamp, Option<Double> value, List<Double> values,
                          List<Double> counts, Option<StatisticSet> statistics, Option<String> unit) {

    /** A value of {@code metricName} now. */
    public static MetricDatum of(String metricName, double value, Dimension... dimensions) {
        return new MetricDatum(metricName, List.of(dimensions), Option.none(), Option.of(value), List.empty(), List.empty(), Option.none(),
                Option.none());
    }
}
