package io.ecskit.domain.daemon;

import io.ecskit.domain.taskdef.HostVolumeProperties;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A data volume definition for a daemon task. Source: ECS API reference (DaemonVolume).
 *
 * @param name The name of the volume.
 * @param host The contents of the host parameter determine whether your bind mount host volume persists on the host container instance and where it's stored.
 * @param logDriverVolumeConfiguration The log driver volume configuration.
 */
@Value.Builder
public record DaemonVolume(
        Option<String> name,
        Option<HostVolumeProperties> host,
        Option<LogDriverVolumeConfiguration> logDriverVolumeConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonVolumeBuilder builder() {
        return new DaemonVolumeBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonVolumeBuilder toBuilder() {
        return new DaemonVolumeBuilder().from(this);
    }
}
