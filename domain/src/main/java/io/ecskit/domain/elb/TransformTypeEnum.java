package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TransformTypeEnum). */
public enum TransformTypeEnum implements WireValue {
    /** {@code host-header-rewrite}. */
    HOST_HEADER_REWRITE("host-header-rewrite"),
    /** {@code url-rewrite}. */
    URL_REWRITE("url-rewrite");

    private final String wire;

    TransformTypeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
