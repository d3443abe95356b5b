package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A data volume of a task definition.
 *
 * @param name Volume name, 1..255 letters, digits, hyphens and underscores; mountPoints refer to it.
 * @param host Bind mount of a host path (EC2), or an empty task-scoped volume when sourcePath is absent.
 * @param dockerVolumeConfiguration A Docker volume managed by a volume driver; EC2 only.
 * @param efsVolumeConfiguration An Amazon EFS file system.
 * @param s3filesVolumeConfiguration An Amazon S3 Files file system.
 * @param fsxWindowsFileServerVolumeConfiguration An Amazon FSx for Windows File Server file system.
 * @param configuredAtLaunch Whether the volume (an EBS volume) is configured when the task or service is launched.
 */
@Value.Builder
public record Volume(
        Option<String> name,
        Option<HostVolumeProperties> host,
        Option<DockerVolumeConfiguration> dockerVolumeConfiguration,
        Option<EfsVolumeConfiguration> efsVolumeConfiguration,
        Option<S3FilesVolumeConfiguration> s3filesVolumeConfiguration,
        Option<FsxWindowsFileServerVolumeConfiguration> fsxWindowsFileServerVolumeConfiguration,
        Option<Boolean> configuredAtLaunch) {

    /** A builder with every optional component absent and every list empty. */
    public static VolumeBuilder builder() {
        return new VolumeBuilder();
    }

    /** A builder holding this record's values. */
    public VolumeBuilder toBuilder() {
        return new VolumeBuilder().from(this);
    }

    /** A task-scoped volume (no host path): allowed on Fargate. */
    public static Volume bind(String name) {
        return builder().name(name).build();
    }

    /** An EFS volume. */
    public static Volume efs(String name, EfsVolumeConfiguration efs) {
        return builder().name(name).efsVolumeConfiguration(efs).build();
    }
}
