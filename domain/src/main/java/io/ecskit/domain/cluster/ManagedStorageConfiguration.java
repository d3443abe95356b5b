package io.ecskit.domain.cluster;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * KMS keys for the storage ECS manages for a cluster's tasks.
 *
 * @param kmsKeyId KMS key for managed storage (EBS volumes ECS creates).
 * @param fargateEphemeralStorageKmsKeyId KMS key for Fargate ephemeral storage.
 */
@Value.Builder
public record ManagedStorageConfiguration(
        Option<String> kmsKeyId,
        Option<String> fargateEphemeralStorageKmsKeyId) {

    /** A builder with every optional component absent and every list empty. */
    public static ManagedStorageConfigurationBuilder builder() {
        return new ManagedStorageConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ManagedStorageConfigurationBuilder toBuilder() {
        return new ManagedStorageConfigurationBuilder().from(this);
    }
}
