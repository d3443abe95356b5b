package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Amazon S3 Files file system mounted as a volume.
 *
 * @param fileSystemArn ARN of the S3 Files file system (required).
 * @param rootDirectory Directory mounted as the root; / by default.
 * @param transitEncryptionPort Port of the TLS tunnel to the file system.
 * @param accessPointArn ARN of the access point to mount through.
 */
@Value.Builder
public record S3FilesVolumeConfiguration(
        String fileSystemArn,
        Option<String> rootDirectory,
        Option<Integer> transitEncryptionPort,
        Option<String> accessPointArn) {

    /** A builder with every optional component absent and every list empty. */
    public static S3FilesVolumeConfigurationBuilder builder() {
        return new S3FilesVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public S3FilesVolumeConfigurationBuilder toBuilder() {
        return new S3FilesVolumeConfigurationBuilder().from(this);
    }
}
