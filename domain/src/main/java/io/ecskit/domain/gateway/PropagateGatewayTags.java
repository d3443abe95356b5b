package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** Specifies whether the tags on a gateway are propagated to the infrastructure that the gateway manages. Source: ECS API reference (PropagateGatewayTags). */
public enum PropagateGatewayTags implements WireValue {
    /** {@code NONE}. */
    NONE("NONE"),
    /** {@code GATEWAY}. */
    GATEWAY("GATEWAY");

    private final String wire;

    PropagateGatewayTags(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
