package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the reason for an activity that isn't scaled ( not scaled activity ), in machine-readable format. Source: Application Auto Scaling API reference (NotScaledReason).
 *
 * @param code A code that represents the reason for not scaling. (required)
 * @param maxCapacity The maximum capacity.
 * @param minCapacity The minimum capacity.
 * @param currentCapacity The current capacity.
 */
@Value.Builder
public record NotScaledReason(
        String code,
        Option<Integer> maxCapacity,
        Option<Integer> minCapacity,
        Option<Integer> currentCapacity) {

    /** A builder with every optional component absent and every list empty. */
    public static NotScaledReasonBuilder builder() {
        return new NotScaledReasonBuilder();
    }

    /** A builder holding this record's values. */
    public NotScaledReasonBuilder toBuilder() {
        return new NotScaledReasonBuilder().from(this);
    }
}
