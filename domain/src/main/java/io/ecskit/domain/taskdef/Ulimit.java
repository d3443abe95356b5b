package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * A resource limit of a container.
 *
 * @param name Which limit: core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack (required).
 * @param softLimit Soft limit (required).
 * @param hardLimit Hard limit (required).
 */
@Value.Builder
public record Ulimit(
        UlimitName name,
        int softLimit,
        int hardLimit) {

    /** A builder with every optional component absent and every list empty. */
    public static UlimitBuilder builder() {
        return new UlimitBuilder();
    }

    /** A builder holding this record's values. */
    public UlimitBuilder toBuilder() {
        return new UlimitBuilder().from(this);
    }
}
