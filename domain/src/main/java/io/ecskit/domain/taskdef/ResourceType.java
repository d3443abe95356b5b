package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Resources a container can require. */
public enum ResourceType implements WireValue {
    /** {@code GPU}: a number of physical GPUs of the container instance (or {@code ALL}); not on Fargate. */
    GPU("GPU"),
    /**
     * {@code InferenceAccelerator}: an Elastic Inference accelerator, by the {@code deviceName} of the task's
     * inference accelerator.
     */
    INFERENCE_ACCELERATOR("InferenceAccelerator"),
    /**
     * {@code NeuronDevice}: all AWS Neuron devices of the instance (value {@code ALL}); one container per task,
     * Managed Instances only.
     */
    NEURON_DEVICE("NeuronDevice");

    private final String wire;

    ResourceType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
