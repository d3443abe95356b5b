package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (LoadBalancerTypeEnum). */
public enum LoadBalancerTypeEnum implements WireValue {
    /** {@code application}. */
    APPLICATION("application"),
    /** {@code network}. */
    NETWORK("network"),
    /** {@code gateway}. */
    GATEWAY("gateway");

    private final String wire;

    LoadBalancerTypeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
