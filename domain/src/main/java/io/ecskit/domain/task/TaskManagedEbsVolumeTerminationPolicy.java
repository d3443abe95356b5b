package io.ecskit.domain.task;

import org.immutables.value.Value;

/**
 * Whether a task's EBS volume is deleted with it.
 *
 * @param deleteOnTermination Whether ECS deletes the volume when the task stops (required).
 */
@Value.Builder
public record TaskManagedEbsVolumeTerminationPolicy(
        boolean deleteOnTermination) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskManagedEbsVolumeTerminationPolicyBuilder builder() {
        return new TaskManagedEbsVolumeTerminationPolicyBuilder();
    }

    /** A builder holding this record's values. */
    public TaskManagedEbsVolumeTerminationPolicyBuilder toBuilder() {
        return new TaskManagedEbsVolumeTerminationPolicyBuilder().from(this);
    }
}
