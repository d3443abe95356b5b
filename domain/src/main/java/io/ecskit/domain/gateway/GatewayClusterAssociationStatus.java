package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** The status of an association between a gateway and a cluster. Source: ECS API reference (GatewayClusterAssociationStatus). */
public enum GatewayClusterAssociationStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code DISASSOCIATING}. */
    DISASSOCIATING("DISASSOCIATING"),
    /** {@code INACTIVE}. */
    INACTIVE("INACTIVE");

    private final String wire;

    GatewayClusterAssociationStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
