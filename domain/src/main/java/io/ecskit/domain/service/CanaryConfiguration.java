package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How a CANARY deployment shifts production traffic.
 *
 * @param canaryPercent Share of production traffic moved first, 0.1..100.0 percent.
 * @param canaryBakeTimeInMinutes Minutes the canary runs before the rest moves, 0..1440.
 */
@Value.Builder
public record CanaryConfiguration(
        Option<Double> canaryPercent,
        Option<Integer> canaryBakeTimeInMinutes) {

    /** A builder with every optional component absent and every list empty. */
    public static CanaryConfigurationBuilder builder() {
        return new CanaryConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public CanaryConfigurationBuilder toBuilder() {
        return new CanaryConfigurationBuilder().from(this);
    }
}
