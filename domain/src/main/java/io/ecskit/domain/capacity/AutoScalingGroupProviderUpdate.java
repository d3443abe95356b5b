package io.ecskit.domain.capacity;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What UpdateCapacityProvider changes of an Auto Scaling group provider; absent members stay as they are.
 * Source: ECS API reference, AutoScalingGroupProviderUpdate.
 *
 * @param managedScaling The new managed scaling.
 * @param managedTerminationProtection The new termination protection.
 * @param managedDraining The new draining.
 */
@Value.Builder
public record AutoScalingGroupProviderUpdate(
        Option<ManagedScaling> managedScaling,
        Option<ManagedTerminationProtection> managedTerminationProtection,
        Option<ManagedDraining> managedDraining) {

    /** A builder with every component absent. */
    public static AutoScalingGroupProviderUpdateBuilder builder() {
        return new AutoScalingGroupProviderUpdateBuilder();
    }
}
