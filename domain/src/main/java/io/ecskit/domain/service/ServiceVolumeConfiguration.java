package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Amazon EBS volume a service configures at launch.
 *
 * @param name Name of the task definition volume (configuredAtLaunch) this configures (required).
 * @param managedEBSVolume The Amazon EBS volume ECS creates for each task.
 */
@Value.Builder
public record ServiceVolumeConfiguration(
        String name,
        Option<ServiceManagedEbsVolumeConfiguration> managedEBSVolume) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceVolumeConfigurationBuilder builder() {
        return new ServiceVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceVolumeConfigurationBuilder toBuilder() {
        return new ServiceVolumeConfigurationBuilder().from(this);
    }
}
