package io.ecskit.domain.cluster;

import org.immutables.value.Value;

/**
 * The default Service Connect namespace of a cluster.
 *
 * @param namespace Cloud Map namespace name or ARN.
 */
@Value.Builder
public record ClusterServiceConnectDefaults(
        String namespace) {

    /** A builder with every optional component absent and every list empty. */
    public static ClusterServiceConnectDefaultsBuilder builder() {
        return new ClusterServiceConnectDefaultsBuilder();
    }

    /** A builder holding this record's values. */
    public ClusterServiceConnectDefaultsBuilder toBuilder() {
        return new ClusterServiceConnectDefaultsBuilder().from(this);
    }
}
