package io.ecskit.domain.instance;

import io.ecskit.domain.WireValue;

/** The status of a container instance. Source: ECS API reference, ContainerInstance.status. */
public enum ContainerInstanceStatus implements WireValue {
    /** {@code ACTIVE}: accepts tasks. */
    ACTIVE("ACTIVE"),
    /** {@code DRAINING}: accepts no new tasks; service tasks on it are replaced. */
    DRAINING("DRAINING"),
    /** {@code REGISTERING}: being registered. */
    REGISTERING("REGISTERING"),
    /** {@code DEREGISTERING}: being deregistered. */
    DEREGISTERING("DEREGISTERING"),
    /** {@code REGISTRATION_FAILED}: registration failed. */
    REGISTRATION_FAILED("REGISTRATION_FAILED");

    private final String wire;

    ContainerInstanceStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
