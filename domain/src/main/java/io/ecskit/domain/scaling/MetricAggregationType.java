package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (MetricAggregationType). */
public enum MetricAggregationType implements WireValue {
    /** {@code Average}. */
    AVERAGE("Average"),
    /** {@code Minimum}. */
    MINIMUM("Minimum"),
    /** {@code Maximum}. */
    MAXIMUM("Maximum");

    private final String wire;

    MetricAggregationType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
