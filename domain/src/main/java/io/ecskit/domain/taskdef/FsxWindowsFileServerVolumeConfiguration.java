package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * An Amazon FSx for Windows File Server file system mounted as a volume.
 *
 * @param fileSystemId ID of the FSx for Windows File Server file system (required).
 * @param rootDirectory Directory (share) mounted as the root (required).
 * @param authorizationConfig Domain credentials for the file system (required).
 */
@Value.Builder
public record FsxWindowsFileServerVolumeConfiguration(
        String fileSystemId,
        String rootDirectory,
        FsxWindowsFileServerAuthorizationConfig authorizationConfig) {

    /** A builder with every optional component absent and every list empty. */
    public static FsxWindowsFileServerVolumeConfigurationBuilder builder() {
        return new FsxWindowsFileServerVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public FsxWindowsFileServerVolumeConfigurationBuilder toBuilder() {
        return new FsxWindowsFileServerVolumeConfigurationBuilder().from(this);
    }
}
