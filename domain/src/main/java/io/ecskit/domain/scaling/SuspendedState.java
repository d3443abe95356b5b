package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Specifies whether the scaling activities for a scalable target are in a suspended state. Source: Application Auto Scaling API reference (SuspendedState).
 *
 * @param dynamicScalingInSuspended Whether scale in by a target tracking scaling policy or a step scaling policy is suspended.
 * @param dynamicScalingOutSuspended Whether scale out by a target tracking scaling policy or a step scaling policy is suspended.
 * @param scheduledScalingSuspended Whether scheduled scaling is suspended.
 */
@Value.Builder
public record SuspendedState(
        Option<Boolean> dynamicScalingInSuspended,
        Option<Boolean> dynamicScalingOutSuspended,
        Option<Boolean> scheduledScalingSuspended) {

    /** A builder with every optional component absent and every list empty. */
    public static SuspendedStateBuilder builder() {
        return new SuspendedStateBuilder();
    }

    /** A builder holding this record's values. */
    public SuspendedStateBuilder toBuilder() {
        return new SuspendedStateBuilder().from(this);
    }
}
