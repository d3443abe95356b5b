package io.ecskit.domain.capacity;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Managed scaling of an Auto Scaling group provider. Source: ECS API reference, ManagedScaling.
 *
 * @param status ENABLED or DISABLED; ECS's default is ENABLED when managedScaling is given.
 * @param targetCapacity Target utilization of the group's capacity, 1..100 percent; 100 by default.
 * @param minimumScalingStepSize Fewest instances added or removed at a time, 1..10000; 1 by default.
 * @param maximumScalingStepSize Most instances added or removed at a time, 1..10000; 10000 by default.
 * @param instanceWarmupPeriod Seconds a new instance warms up before it counts, 0..10000; 300 by default.
 */
@Value.Builder
public record ManagedScaling(
        Option<ManagedScalingStatus> status,
        Option<Integer> targetCapacity,
        Option<Integer> minimumScalingStepSize,
        Option<Integer> maximumScalingStepSize,
        Option<Integer> instanceWarmupPeriod) {

    /** A builder with every component absent. */
    public static ManagedScalingBuilder builder() {
        return new ManagedScalingBuilder();
    }

    /** A builder holding this record's values. */
    public ManagedScalingBuilder toBuilder() {
        return new ManagedScalingBuilder().from(this);
    }
}
