package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Amazon EBS volume configured at RunTask.
 *
 * @param name Name of the task definition volume (configuredAtLaunch) (required).
 * @param managedEBSVolume The Amazon EBS volume ECS creates for the task.
 */
@Value.Builder
public record TaskVolumeConfiguration(
        String name,
        Option<TaskManagedEbsVolumeConfiguration> managedEBSVolume) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskVolumeConfigurationBuilder builder() {
        return new TaskVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public TaskVolumeConfigurationBuilder toBuilder() {
        return new TaskVolumeConfigurationBuilder().from(this);
    }
}
