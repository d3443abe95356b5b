package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A bind mount from the host, or a task-scoped empty volume.
 *
 * @param sourcePath Path on the host to mount; absent for a task-scoped empty volume.
 */
@Value.Builder
public record HostVolumeProperties(
        Option<String> sourcePath) {

    /** A builder with every optional component absent and every list empty. */
    public static HostVolumePropertiesBuilder builder() {
        return new HostVolumePropertiesBuilder();
    }

    /** A builder holding this record's values. */
    public HostVolumePropertiesBuilder toBuilder() {
        return new HostVolumePropertiesBuilder().from(this);
    }
}
