package io.ecskit.domain.daemon;

import io.ecskit.domain.taskdef.Device;
import io.ecskit.domain.taskdef.KernelCapabilities;
import io.ecskit.domain.taskdef.Tmpfs;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Linux-specific options that are applied to the daemon container, such as Linux kernel capabilities. Source: ECS API reference (DaemonLinuxParameters).
 *
 * @param capabilities The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.
 * @param devices Any host devices to expose to the container.
 * @param initProcessEnabled Run an init process inside the container that forwards signals and reaps processes.
 * @param tmpfs The container path, mount options, and size (in MiB) of the tmpfs mount.
 */
@Value.Builder
public record DaemonLinuxParameters(
        Option<KernelCapabilities> capabilities,
        List<Device> devices,
        Option<Boolean> initProcessEnabled,
        List<Tmpfs> tmpfs) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonLinuxParametersBuilder builder() {
        return new DaemonLinuxParametersBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonLinuxParametersBuilder toBuilder() {
        return new DaemonLinuxParametersBuilder().from(this);
    }
}
