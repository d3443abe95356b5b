package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** FireLens log routers. */
public enum FirelensConfigurationType implements WireValue {
    FLUENTD("fluentd"),
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
