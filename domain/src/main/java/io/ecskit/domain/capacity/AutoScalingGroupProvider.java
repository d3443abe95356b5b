package io.ecskit.domain.capacity;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Auto Scaling group behind an EC2 capacity provider. Source: ECS API reference, AutoScalingGroupProvider.
 *
 * @param autoScalingGroupArn The group's ARN, {@code arn:aws:autoscaling:REGION:ACCOUNT:autoScalingGroup:UUID:autoScalingGroupName/NAME} (required).
 * @param managedScaling How ECS scales the group; absent: managed scaling off.
 * @param managedTerminationProtection Whether instances running tasks are protected from scale-in; DISABLED by default.
 * @param managedDraining Whether ECS drains instances before they end; ENABLED by default.
 */
@Value.Builder
public record AutoScalingGroupProvider(
        String autoScalingGroupArn,
        Option<ManagedScaling> managedScaling,
        Option<ManagedTerminationProtection> managedTerminationProtection,
        Option<ManagedDraining> managedDraining) {

    /** A builder with every optional component absent. */
    public static AutoScalingGroupProviderBuilder builder() {
        return new AutoScalingGroupProviderBuilder();
    }

    /** A builder holding this record's values. */
    public AutoScalingGroupProviderBuilder toBuilder() {
        return new AutoScalingGroupProviderBuilder().from(this);
    }
}
