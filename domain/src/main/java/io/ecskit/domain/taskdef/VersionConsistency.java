package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Whether ECS pins a container's image tag to one digest per deployment. */
public enum VersionConsistency implements WireValue {
    ENABLED("enabled"),
    DISABLED("disabled");

    private final String wire;

    VersionConsistency(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
