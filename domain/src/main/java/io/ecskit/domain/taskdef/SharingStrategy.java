package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How a container shares the GPUs it is given.
 *
 * @param nvidiaMps NVIDIA Multi-Process Service allocation for the GPU.
 */
@Value.Builder
public record SharingStrategy(
        Option<NvidiaMpsAllocation> nvidiaMps) {

    /** A builder with every optional component absent and every list empty. */
    public static SharingStrategyBuilder builder() {
        return new SharingStrategyBuilder();
    }

    /** A builder holding this record's values. */
    public SharingStrategyBuilder toBuilder() {
        return new SharingStrategyBuilder().from(this);
    }
}
