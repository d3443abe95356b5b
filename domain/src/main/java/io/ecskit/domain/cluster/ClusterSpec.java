package io.ecskit.domain.cluster;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.ecskit.domain.arn.ClusterName;
import org.immutables.value.Value;

/**
 * A cluster as CreateCluster takes it.
 *
 * @param clusterName Name of the cluster, 1..255 letters, digits, hyphens and underscores; default when absent.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param settings Cluster settings, e.g. containerInsights = enabled, enhanced or disabled.
 * @param configuration Execute command and managed storage settings of the cluster.
 * @param capacityProviders Capacity provider names the cluster can use (FARGATE, FARGATE_SPOT, Auto Scaling group providers).
 * @param defaultCapacityProviderStrategy Strategy used when a service or task names neither a launch type nor a strategy.
 * @param serviceConnectDefaults Default Cloud Map namespace for Service Connect.
 */
@Value.Builder
public record ClusterSpec(
        Option<String> clusterName,
        List<Tag> tags,
        List<ClusterSetting> settings,
        Option<ClusterConfiguration> configuration,
        List<String> capacityProviders,
        List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy,
        Option<ClusterServiceConnectDefaults> serviceConnectDefaults) {

    /** A builder with every optional component absent and every list empty. */
    public static ClusterSpecBuilder builder() {
        return new ClusterSpecBuilder();
    }

    /** A builder holding this record's values. */
    public ClusterSpecBuilder toBuilder() {
        return new ClusterSpecBuilder().from(this);
    }

    /** A cluster with a name and nothing else. */
    public static ClusterSpec named(ClusterName name) {
        return builder().clusterName(name.value()).build();
    }
}
