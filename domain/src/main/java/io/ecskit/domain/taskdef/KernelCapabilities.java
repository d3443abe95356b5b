package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Linux capabilities added to or dropped from a container.
 *
 * @param add Capabilities to add; Fargate allows SYS_PTRACE only.
 * @param drop Capabilities to drop.
 */
@Value.Builder
public record KernelCapabilities(
        List<String> add,
        List<String> drop) {

    /** A builder with every optional component absent and every list empty. */
    public static KernelCapabilitiesBuilder builder() {
        return new KernelCapabilitiesBuilder();
    }

    /** A builder holding this record's values. */
    public KernelCapabilitiesBuilder toBuilder() {
        return new KernelCapabilitiesBuilder().from(this);
    }
}
