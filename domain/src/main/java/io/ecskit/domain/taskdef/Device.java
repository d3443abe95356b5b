package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A host device exposed to a container (EC2 only).
 *
 * @param hostPath Path of the device on the host (required).
 * @param containerPath Path of the device inside the container; hostPath by default.
 * @param permissions Cgroup permissions: read, write, mknod; all three by default.
 */
@Value.Builder
public record Device(
        String hostPath,
        Option<String> containerPath,
        List<DeviceCgroupPermission> permissions) {

    /** A builder with every optional component absent and every list empty. */
    public static DeviceBuilder builder() {
        return new DeviceBuilder();
    }

    /** A builder holding this record's values. */
    public DeviceBuilder toBuilder() {
        return new DeviceBuilder().from(this);
    }
}
