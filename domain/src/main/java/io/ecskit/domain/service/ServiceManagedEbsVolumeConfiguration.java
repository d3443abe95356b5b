package io.ecskit.domain.service;

import io.ecskit.domain.EbsTagSpecification;
import io.ecskit.domain.TaskFilesystemType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Amazon EBS volume ECS creates for each of a service's tasks.
 *
 * @param encrypted Whether the volume is encrypted.
 * @param kmsKeyId KMS key for encryption.
 * @param volumeType EBS volume type (gp2, gp3, io1, io2, sc1, st1, standard); gp3 by default.
 * @param sizeInGiB Volume size in GiB (from the snapshot when absent).
 * @param snapshotId Snapshot to create the volume from.
 * @param volumeInitializationRate Rate, in MiB/s, at which snapshot blocks are fetched.
 * @param iops I/O operations per second (io1, io2, gp3).
 * @param throughput Throughput in MiB/s (gp3), 125..1000.
 * @param tagSpecifications Tags for the volumes ECS creates.
 * @param roleArn Infrastructure IAM role ECS uses to manage the volumes (required).
 * @param filesystemType Filesystem: ext3, ext4, xfs (Linux) or ntfs (Windows); xfs by default.
 */
@Value.Builder
public record ServiceManagedEbsVolumeConfiguration(
        Option<Boolean> encrypted,
        Option<String> kmsKeyId,
        Option<String> volumeType,
        Option<Integer> sizeInGiB,
        Option<String> snapshotId,
        Option<Integer> volumeInitializationRate,
        Option<Integer> iops,
        Option<Integer> throughput,
        List<EbsTagSpecification> tagSpecifications,
        String roleArn,
        Option<TaskFilesystemType> filesystemType) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceManagedEbsVolumeConfigurationBuilder builder() {
        return new ServiceManagedEbsVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceManagedEbsVolumeConfigurationBuilder toBuilder() {
        return new ServiceManagedEbsVolumeConfigurationBuilder().from(this);
    }
}
