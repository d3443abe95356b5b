package io.ecskit.domain.logs;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * A metric filter of a log group (PutMetricFilter, DescribeMetricFilters): events matching its pattern produce a data
 * point of its metric.
 *
 * @param filterName the filter's name, 1..512 characters, unique in its group
 * @param filterPattern the CloudWatch Logs filter pattern events must match (0..1,024 characters)
 * @param logGroupName the group it reads
 * @param transformations what each match produces (exactly one)
 * @param creationTime when it was created
 */
public record MetricFilter(String filterName, String filterPattern, LogGroupName logGroupName, Seq<Transformation> transformations,
                           Instant creationTime) {

    /**
     * The metric a match produces.
     *
     * @param metricName the metric's name
     * @param metricNamespace its namespace
     * @param metricValue the value per match: a number, or {@code $.field} of a JSON event
     * @param defaultValue the value for a period with no match, when set
     * @param unit the metric's unit, when set (e.g. Count, Milliseconds)
     */
    public record Transformation(String metricName, String metricNamespace, String metricValue, Option<Double> defaultValue,
                                 Option<String> unit) {
    }
}
