package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How a LINEAR deployment shifts production traffic.
 *
 * @param stepPercent Share of production traffic moved per step, 3.0..100.0 percent.
 * @param stepBakeTimeInMinutes Minutes between steps, 0..1440.
 */
@Value.Builder
public record LinearConfiguration(
        Option<Double> stepPercent,
        Option<Integer> stepBakeTimeInMinutes) {

    /** A builder with every optional component absent and every list empty. */
    public static LinearConfigurationBuilder builder() {
        return new LinearConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public LinearConfigurationBuilder toBuilder() {
        return new LinearConfigurationBuilder().from(this);
    }
}
