package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A container's share of a GPU under NVIDIA Multi-Process Service.
 *
 * @param memory GPU memory in MiB for this container.
 * @param maxComputePercent Share of the GPU's compute this container may use, in percent.
 */
@Value.Builder
public record NvidiaMpsAllocation(
        Option<Integer> memory,
        Option<Integer> maxComputePercent) {

    /** A builder with every optional component absent and every list empty. */
    public static NvidiaMpsAllocationBuilder builder() {
        return new NvidiaMpsAllocationBuilder();
    }

    /** A builder holding this record's values. */
    public NvidiaMpsAllocationBuilder toBuilder() {
        return new NvidiaMpsAllocationBuilder().from(this);
    }
}
