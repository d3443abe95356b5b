package io.ecskit.domain.metrics;

import io.vavr.collection.List;

import java.time.Instant;

/**
 * One query's answer in GetMetricData: a value per period with data, newest first unless ascending order was asked.
 *
 * @param id the query's id
 * @param label the query's label, or the metric's name
 * @param timestamps each period's start
 * @param values the statistic of each period, in the order of {@code timestamps}
 * @param statusCode Complete (every value is answered)
 */
public record MetricDataResult(String id, String label, List<Instant> timestamps, List<Double> values, String statusCode) {
}
