package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Amazon EFS file system mounted as a volume.
 *
 * @param fileSystemId ID of the EFS file system (required).
 * @param rootDirectory Directory of the file system mounted as the root; / by default.
 * @param transitEncryption Whether data in transit is encrypted (ENABLED / DISABLED); required ENABLED for IAM authorization.
 * @param transitEncryptionPort Port of the EFS mount helper's TLS tunnel; chosen by the mount helper when absent.
 * @param authorizationConfig Access point and IAM authorization for the file system.
 */
@Value.Builder
public record EfsVolumeConfiguration(
        String fileSystemId,
        Option<String> rootDirectory,
        Option<EfsTransitEncryption> transitEncryption,
        Option<Integer> transitEncryptionPort,
        Option<EfsAuthorizationConfig> authorizationConfig) {

    /** A builder with every optional component absent and every list empty. */
    public static EfsVolumeConfigurationBuilder builder() {
        return new EfsVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public EfsVolumeConfigurationBuilder toBuilder() {
        return new EfsVolumeConfigurationBuilder().from(this);
    }
}
