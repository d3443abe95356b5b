package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Docker network modes of a task. */
public enum NetworkMode implements WireValue {
    /**
     * {@code bridge}: Docker's virtual network on the instance; ECS's default when the mode is absent (EC2 Linux), the
     * one mode with dynamic host ports and links.
     */
    BRIDGE("bridge"),
    /** {@code host}: containers use the instance's network directly, container ports are host ports (not on Fargate). */
    HOST("host"),
    /**
     * {@code awsvpc}: each task gets its own elastic network interface and private IP; required on Fargate, needs a
     * network configuration to run.
     */
    AWSVPC("awsvpc"),
    /** {@code none}: no external connectivity, no port mappings. */
    NONE("none");

    private final String wire;

    NetworkMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
