package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Linux-specific container settings.
 *
 * @param capabilities Linux capabilities added to or dropped from Docker's default set.
 * @param devices Host devices exposed to the container; EC2 only.
 * @param initProcessEnabled Whether an init process runs as PID 1 to reap zombies (docker run --init).
 * @param sharedMemorySize Size of /dev/shm in MiB; EC2 only.
 * @param tmpfs tmpfs mounts; EC2 only.
 * @param maxSwap Swap the container may use, in MiB; 0 disables swap; EC2 only.
 * @param swappiness How readily pages are swapped, 0..100 (60 by default); EC2 only.
 */
@Value.Builder
public record LinuxParameters(
        Option<KernelCapabilities> capabilities,
        List<Device> devices,
        Option<Boolean> initProcessEnabled,
        Option<Integer> sharedMemorySize,
        List<Tmpfs> tmpfs,
        Option<Integer> maxSwap,
        Option<Integer> swappiness) {

    /** A builder with every optional component absent and every list empty. */
    public static LinuxParametersBuilder builder() {
        return new LinuxParametersBuilder();
    }

    /** A builder holding this record's values. */
    public LinuxParametersBuilder toBuilder() {
        return new LinuxParametersBuilder().from(this);
    }
}
