package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (RedirectActionStatusCodeEnum). */
public enum RedirectActionStatusCodeEnum implements WireValue {
    /** {@code HTTP_301}. */
    HTTP_301("HTTP_301"),
    /** {@code HTTP_302}. */
    HTTP_302("HTTP_302");

    private final String wire;

    RedirectActionStatusCodeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
