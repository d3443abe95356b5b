package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * An Elastic Inference accelerator of a task.
 *
 * @param deviceName Name the containers refer to the accelerator by (required).
 * @param deviceType Elastic Inference accelerator type (required).
 */
@Value.Builder
public record InferenceAccelerator(
        String deviceName,
        String deviceType) {

    /** A builder with every optional component absent and every list empty. */
    public static InferenceAcceleratorBuilder builder() {
        return new InferenceAcceleratorBuilder();
    }

    /** A builder holding this record's values. */
    public InferenceAcceleratorBuilder toBuilder() {
        return new InferenceAcceleratorBuilder().from(this);
    }
}
