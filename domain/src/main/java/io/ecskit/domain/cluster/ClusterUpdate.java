package io.ecskit.domain.cluster;

import io.ecskit.domain.arn.ClusterName;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What UpdateCluster changes; absent or empty members stay as they are. Source: ECS API reference, UpdateCluster.
 *
 * @param cluster The cluster (required).
 * @param settings Cluster settings to set, e.g. containerInsights = enhanced, enabled or disabled.
 * @param configuration The execute command and managed storage configuration.
 * @param serviceConnectDefaults The default Cloud Map namespace for Service Connect.
 */
@Value.Builder
public record ClusterUpdate(
        ClusterName cluster,
        List<ClusterSetting> settings,
        Option<ClusterConfiguration> configuration,
        Option<ClusterServiceConnectDefaults> serviceConnectDefaults) {

    /** A builder with every optional component absent and no settings. */
    public static ClusterUpdateBuilder builder() {
        return new ClusterUpdateBuilder();
    }
}
