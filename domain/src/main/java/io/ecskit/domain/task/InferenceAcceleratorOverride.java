package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Elastic Inference accelerator override.
 *
 * @param deviceName Accelerator device name to override.
 * @param deviceType Accelerator type to use instead.
 */
@Value.Builder
public record InferenceAcceleratorOverride(
        Option<String> deviceName,
        Option<String> deviceType) {

    /** A builder with every optional component absent and every list empty. */
    public static InferenceAcceleratorOverrideBuilder builder() {
        return new InferenceAcceleratorOverrideBuilder();
    }

    /** A builder holding this record's values. */
    public InferenceAcceleratorOverrideBuilder toBuilder() {
        return new InferenceAcceleratorOverrideBuilder().from(this);
    }
}
