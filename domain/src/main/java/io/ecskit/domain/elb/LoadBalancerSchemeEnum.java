package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (LoadBalancerSchemeEnum). */
public enum LoadBalancerSchemeEnum implements WireValue {
    /** {@code internet-facing}. */
    INTERNET_FACING("internet-facing"),
    /** {@code internal}. */
    INTERNAL("internal");

    private final String wire;

    LoadBalancerSchemeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
