package io.ecskit.domain.metrics;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * One query of GetMetricData that reads a metric (a MetricStat; metric math expressions ecskit refuses by name).
 *
 * @param id the query's id: starts with a lower-case letter, then letters, digits and underscores; unique in the request
 * @param metric the metric: namespace, name and its exact dimensions
 * @param period seconds per value: 1, 5, 10, 20, 30, or a multiple of 60
 * @param stat SampleCount, Average, Sum, Minimum or Maximum
 * @param unit when given, only data stored with this unit
 * @param label the result's label (default: the metric's name)
 * @param returnData whether the result is answered (true by default)
 */
public record MetricDataQuery(String id, Metric metric, int period, String stat, Option<String> unit, Option<String> label,
                              boolean returnData) {

    /** The query of {@code stat} of a metric per {@code period}, answered, labelled by the metric's name. */
    public static MetricDataQuery of(String id, String namespace, String metricName, List<Dimension> dimensions, int period, String stat) {
        return new MetricDataQuery(id, new Metric(namespace, metricName, dimensions), period, stat, Option.none(), Option.none(), true);
    }
}
