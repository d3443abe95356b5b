package io.ecskit.domain.capacity;

import io.ecskit.domain.WireValue;

/** The status of a capacity provider. Source: ECS API reference, CapacityProvider.status. */
public enum CapacityProviderStatus implements WireValue {
    /** {@code PROVISIONING}: being created. */
    PROVISIONING("PROVISIONING"),
    /** {@code ACTIVE}: usable. */
    ACTIVE("ACTIVE"),
    /** {@code DEPROVISIONING}: being deleted. */
    DEPROVISIONING("DEPROVISIONING"),
    /** {@code INACTIVE}: deleted; still describable for a while. */
    INACTIVE("INACTIVE");

    private final String wire;

    CapacityProviderStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
