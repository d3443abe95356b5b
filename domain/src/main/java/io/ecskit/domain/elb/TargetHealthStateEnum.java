package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TargetHealthStateEnum). */
public enum TargetHealthStateEnum implements WireValue {
    /** {@code initial}. */
    INITIAL("initial"),
    /** {@code healthy}. */
    HEALTHY("healthy"),
    /** {@code unhealthy}. */
    UNHEALTHY("unhealthy"),
    /** {@code unhealthy.draining}. */
    UNHEALTHY_DRAINING("unhealthy.draining"),
    /** {@code unused}. */
    UNUSED("unused"),
    /** {@code draining}. */
    DRAINING("draining"),
    /** {@code unavailable}. */
    UNAVAILABLE("unavailable");

    private final String wire;

    TargetHealthStateEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
