package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (CapacityReservationStateEnum). */
public enum CapacityReservationStateEnum implements WireValue {
    /** {@code provisioned}. */
    PROVISIONED("provisioned"),
    /** {@code pending}. */
    PENDING("pending"),
    /** {@code rebalancing}. */
    REBALANCING("rebalancing"),
    /** {@code failed}. */
    FAILED("failed");

    private final String wire;

    CapacityReservationStateEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
