package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (PredictiveScalingMode). */
public enum PredictiveScalingMode implements WireValue {
    /** {@code ForecastOnly}. */
    FORECASTONLY("ForecastOnly"),
    /** {@code ForecastAndScale}. */
    FORECASTANDSCALE("ForecastAndScale");

    private final String wire;

    PredictiveScalingMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
