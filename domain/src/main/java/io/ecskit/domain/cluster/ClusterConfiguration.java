package io.ecskit.domain.cluster;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Execute command and managed storage settings of a cluster.
 *
 * @param executeCommandConfiguration Encryption and logging of ECS Exec sessions.
 * @param managedStorageConfiguration KMS keys for managed storage and Fargate ephemeral storage.
 */
@Value.Builder
public record ClusterConfiguration(
        Option<ExecuteCommandConfiguration> executeCommandConfiguration,
        Option<ManagedStorageConfiguration> managedStorageConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static ClusterConfigurationBuilder builder() {
        return new ClusterConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ClusterConfigurationBuilder toBuilder() {
        return new ClusterConfigurationBuilder().from(this);
    }
}
