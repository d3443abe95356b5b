package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** FireLens log routers. */
public enum FirelensConfigurationType implements WireValue {
    /** {@code fluentd}: the log router container runs Fluentd. */
    FLUENTD("fluentd"),
    /** {@code fluentbit}: the log router container runs Fluent Bit (AWS for Fluent Bit image). */
    FLUENTBIT("fluentbit");

    private final String wire;

    FirelensConfigurationType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
