package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The share of a service's desired count a task set runs.
 *
 * @param value Share, 0..100.
 * @param unit Unit of value: PERCENT.
 */
@Value.Builder
public record Scale(
        Option<Double> value,
        Option<ScaleUnit> unit) {

    /** A builder with every optional component absent and every list empty. */
    public static ScaleBuilder builder() {
        return new ScaleBuilder();
    }

    /** A builder holding this record's values. */
    public ScaleBuilder toBuilder() {
        return new ScaleBuilder().from(this);
    }
}
