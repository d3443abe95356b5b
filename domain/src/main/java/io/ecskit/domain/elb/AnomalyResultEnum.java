package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (AnomalyResultEnum). */
public enum AnomalyResultEnum implements WireValue {
    /** {@code anomalous}. */
    ANOMALOUS("anomalous"),
    /** {@code normal}. */
    NORMAL("normal");

    private final String wire;

    AnomalyResultEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
