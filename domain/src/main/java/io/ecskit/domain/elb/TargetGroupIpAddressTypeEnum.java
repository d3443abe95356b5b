package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TargetGroupIpAddressTypeEnum). */
public enum TargetGroupIpAddressTypeEnum implements WireValue {
    /** {@code ipv4}. */
    IPV4("ipv4"),
    /** {@code ipv6}. */
    IPV6("ipv6");

    private final String wire;

    TargetGroupIpAddressTypeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
