package io.ecskit.domain.cluster;

import io.ecskit.domain.WireValue;

/** Names of cluster settings. */
public enum ClusterSettingName implements WireValue {
    CONTAINER_INSIGHTS("containerInsights");

    private final String wire;

    ClusterSettingName(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
