package io.ecskit.domain.cluster;

import io.ecskit.domain.WireValue;

/** Names of cluster settings. */
public enum ClusterSettingName implements WireValue {
    /**
     * {@code containerInsights}: CloudWatch Container Insights for the cluster, value {@code enhanced},
     * {@code enabled} or {@code disabled} (overrides the account setting).
     */
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
