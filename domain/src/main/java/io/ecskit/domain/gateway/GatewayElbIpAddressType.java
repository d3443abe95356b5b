package io.ecskit.domain.gateway;

import io.ecskit.domain.WireValue;

/** The IP address type for the load balancers that a gateway manages. Source: ECS API reference (GatewayElbIpAddressType). */
public enum GatewayElbIpAddressType implements WireValue {
    /** {@code ipv4}. */
    IPV4("ipv4"),
    /** {@code dualstack}. */
    DUALSTACK("dualstack"),
    /** {@code dualstack-without-public-ipv4}. */
    DUALSTACK_WITHOUT_PUBLIC_IPV4("dualstack-without-public-ipv4");

    private final String wire;

    GatewayElbIpAddressType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
