package io.ecskit.domain.service;

import org.immutables.value.Value;

/**
 * How many failed tasks trip the deployment circuit breaker.
 *
 * @param type COUNT (failed tasks), BOUNDED_PERCENT (percent of desiredCount clamped 3..200) or UNBOUNDED_PERCENT.
 * @param value The count or percentage, depending on type.
 */
@Value.Builder
public record ThresholdConfiguration(
        ThresholdType type,
        int value) {

    /** A builder with every optional component absent and every list empty. */
    public static ThresholdConfigurationBuilder builder() {
        return new ThresholdConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ThresholdConfigurationBuilder toBuilder() {
        return new ThresholdConfigurationBuilder().from(this);
    }
}
