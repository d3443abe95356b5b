package io.ecskit.domain.task;

import io.ecskit.domain.EbsTagSpecification;
import io.ecskit.domain.TaskFilesystemType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Amazon EBS volume ECS creates for a task.
 *
 * @param encrypted Whether the volume is encrypted.
 * @param kmsKeyId KMS key for encryption.
 * @param volumeType EBS volume type; gp3 by default.
 * @param sizeInGiB Volume size in GiB.
 * @param snapshotId Snapshot to create the volume from.
 * @param volumeInitializationRate Rate, in MiB/s, at which snapshot blocks are fetched.
 * @param iops I/O operations per second.
 * @param throughput Throughput in MiB/s (gp3).
 * @param tagSpecifications Tags for the volume.
 * @param roleArn Infrastructure IAM role ECS uses to manage the volume (required).
 * @param terminationPolicy Whether the volume is deleted with the task (true by default).
 * @param filesystemType Filesystem: ext3, ext4, xfs or ntfs.
 */
@Value.Builder
public record TaskManagedEbsVolumeConfiguration(
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
        Option<TaskManagedEbsVolumeTerminationPolicy> terminationPolicy,
        Option<TaskFilesystemType> filesystemType) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskManagedEbsVolumeConfigurationBuilder builder() {
        return new TaskManagedEbsVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public TaskManagedEbsVolumeConfigurationBuilder toBuilder() {
        return new TaskManagedEbsVolumeConfigurationBuilder().from(this);
    }
}
