package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (IpAddressType). */
public enum IpAddressType implements WireValue {
    /** {@code ipv4}. */
    IPV4("ipv4"),
    /** {@code dualstack}. */
    DUALSTACK("dualstack"),
    /** {@code dualstack-without-public-ipv4}. */
    DUALSTACK_WITHOUT_PUBLIC_IPV4("dualstack-without-public-ipv4");

    private final String wire;

    IpAddressType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
