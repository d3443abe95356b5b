package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TargetTypeEnum). */
public enum TargetTypeEnum implements WireValue {
    /** {@code instance}. */
    INSTANCE("instance"),
    /** {@code ip}. */
    IP("ip"),
    /** {@code lambda}. */
    LAMBDA("lambda"),
    /** {@code alb}. */
    ALB("alb");

    private final String wire;

    TargetTypeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
