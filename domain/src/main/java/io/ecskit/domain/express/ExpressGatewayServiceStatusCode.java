package io.ecskit.domain.express;

import io.ecskit.domain.WireValue;

/** The status of an Express service: ACTIVE, DRAINING (deleted, tasks stopping), INACTIVE. Source: ECS API reference (ExpressGatewayServiceStatusCode). */
public enum ExpressGatewayServiceStatusCode implements WireValue {
    /** {@code ACTIVE}. */
    ACTIVE("ACTIVE"),
    /** {@code DRAINING}. */
    DRAINING("DRAINING"),
    /** {@code INACTIVE}. */
    INACTIVE("INACTIVE");

    private final String wire;

    ExpressGatewayServiceStatusCode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
