package io.ecskit.domain.metrics;

/**
 * Pre-aggregated values: how many, their sum, their least and greatest.
 *
 * @param sampleCount how many values
 * @param sum their sum
 * @param minimum the least
 * @param maximum the greatest
 */
public record StatisticSet(double sampleCount, double sum, double minimum, double maximum) {
}
