package io.ecskit.domain.metrics;

import io.vavr.control.Option;

import java.time.Instant;

/**
 * One period's statistics of a metric, as GetMetricStatistics answers them (only those asked for are present).
 *
 * @param timestamp the period's start
 * @param sampleCount how many values fell in the period
 * @param average their average
 * @param sum their sum
 * @param minimum the least
 * @param maximum the greatest
 * @param unit the values' unit
 */
public record Datapoint(Instant timestamp, Option<Double> sampleCount, Option<Double> average, Option<Double> sum, Option<Double> minimum,
                        Option<Double> maximum, Option<String> unit) {
}
