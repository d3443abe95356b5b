package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** The status of a gateway route. Source: ECS API reference (GatewayRouteStatus). */
public enum GatewayRouteStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code CREATE_IN_PROGRESS}. */
    CREATE_IN_PROGRESS("CREATE_IN_PROGRESS"),
    /** {@code CREATE_FAILED}. */
    CREATE_FAILED("CREATE_FAILED"),
    /** {@code UPDATE_IN_PROGRESS}. */
    UPDATE_IN_PROGRESS("UPDATE_IN_PROGRESS"),
    /** {@code UPDATE_FAILED}. */
    UPDATE_FAILED("UPDATE_FAILED"),
    /** {@code DELETE_IN_PROGRESS}. */
    DELETE_IN_PROGRESS("DELETE_IN_PROGRESS"),
    /** {@code DELETE_FAILED}. */
    DELETE_FAILED("DELETE_FAILED");

    private final String wire;

    GatewayRouteStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
