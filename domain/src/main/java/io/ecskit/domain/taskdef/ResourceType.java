package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Resources a container can require. */
public enum ResourceType implements WireValue {
    GPU("GPU"),
    INFERENCE_ACCELERATOR("InferenceAccelerator"),
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
