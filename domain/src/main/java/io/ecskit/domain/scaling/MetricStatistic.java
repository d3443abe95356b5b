package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (MetricStatistic). */
public enum MetricStatistic implements WireValue {
    /** {@code Average}. */
    AVERAGE("Average"),
    /** {@code Minimum}. */
    MINIMUM("Minimum"),
    /** {@code Maximum}. */
    MAXIMUM("Maximum"),
    /** {@code SampleCount}. */
    SAMPLECOUNT("SampleCount"),
    /** {@code Sum}. */
    SUM("Sum");

    private final String wire;

    MetricStatistic(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
