package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents the minimum and maximum capacity for a scheduled action. Source: Application Auto Scaling API reference (ScalableTargetAction).
 *
 * @param minCapacity The minimum capacity.
 * @param maxCapacity The maximum capacity.
 */
@Value.Builder
public record ScalableTargetAction(
        Option<Integer> minCapacity,
        Option<Integer> maxCapacity) {

    /** A builder with every optional component absent and every list empty. */
    public static ScalableTargetActionBuilder builder() {
        return new ScalableTargetActionBuilder();
    }

    /** A builder holding this record's values. */
    public ScalableTargetActionBuilder toBuilder() {
        return new ScalableTargetActionBuilder().from(this);
    }
}
