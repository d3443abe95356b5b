package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (LoadBalancerStateEnum). */
public enum LoadBalancerStateEnum implements WireValue {
    /** {@code active}. */
    ACTIVE("active"),
    /** {@code provisioning}. */
    PROVISIONING("provisioning"),
    /** {@code active_impaired}. */
    ACTIVE_IMPAIRED("active_impaired"),
    /** {@code failed}. */
    FAILED("failed");

    private final String wire;

    LoadBalancerStateEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
