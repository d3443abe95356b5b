package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** The status of a gateway. Source: ECS API reference (GatewayStatus). */
public enum GatewayStatus implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code UPDATE_IN_PROGRESS}. */
    UPDATE_IN_PROGRESS("UPDATE_IN_PROGRESS"),
    /** {@code UPDATE_COMPLETE}. */
    UPDATE_COMPLETE("UPDATE_COMPLETE"),
    /** {@code UPDATE_FAILED}. */
    UPDATE_FAILED("UPDATE_FAILED"),
    /** {@code DELETED}. */
    DELETED("DELETED");

    private final String wire;

    GatewayStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
