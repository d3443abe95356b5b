package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A task volume mounted into a container.
 *
 * @param sourceVolume Name of the task volume to mount; must name one of the task definition's volumes.
 * @param containerPath Path inside the container where the volume appears.
 * @param readOnly Whether the container may only read the volume; false by default.
 */
@Value.Builder
public record MountPoint(
        Option<String> sourceVolume,
        Option<String> containerPath,
        Option<Boolean> readOnly) {

    /** A builder with every optional component absent and every list empty. */
    public static MountPointBuilder builder() {
        return new MountPointBuilder();
    }

    /** A builder holding this record's values. */
    public MountPointBuilder toBuilder() {
        return new MountPointBuilder().from(this);
    }
}
