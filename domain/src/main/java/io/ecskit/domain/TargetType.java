package io.ecskit.domain;

/** What an attribute belongs to. */
public enum TargetType implements WireValue {
    /** {@code container-instance}: the attribute belongs to a container instance (the only target type ECS has). */
    CONTAINER_INSTANCE("container-instance");

    private final String wire;

    TargetType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
