package io.ecskit.domain.express;

import io.ecskit.domain.WireValue;

/** The metric an Express service scales on. Source: ECS API reference (ExpressGatewayServiceScalingMetric). */
public enum ExpressGatewayServiceScalingMetric implements WireValue {
    /** {@code AVERAGE_CPU}. */
    AVERAGE_CPU("AVERAGE_CPU"),
    /** {@code AVERAGE_MEMORY}. */
    AVERAGE_MEMORY("AVERAGE_MEMORY"),
    /** {@code REQUEST_COUNT_PER_TARGET}. */
    REQUEST_COUNT_PER_TARGET("REQUEST_COUNT_PER_TARGET");

    private final String wire;

    ExpressGatewayServiceScalingMetric(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
