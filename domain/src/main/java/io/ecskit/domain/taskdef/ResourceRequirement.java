package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A GPU or accelerator a container needs.
 *
 * @param value How many of the resource: GPUs as a count, or the accelerator's device name (required).
 * @param type Which resource: GPU, InferenceAccelerator or NeuronDevice (required).
 * @param sharingStrategy How GPUs are shared between containers (NVIDIA MPS).
 */
@Value.Builder
public record ResourceRequirement(
        String value,
        ResourceType type,
        Option<SharingStrategy> sharingStrategy) {

    /** A builder with every optional component absent and every list empty. */
    public static ResourceRequirementBuilder builder() {
        return new ResourceRequirementBuilder();
    }

    /** A builder holding this record's values. */
    public ResourceRequirementBuilder toBuilder() {
        return new ResourceRequirementBuilder().from(this);
    }
}
