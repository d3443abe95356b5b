package io.ecskit.domain.cluster;

import io.ecskit.domain.Attachment;
import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An ECS cluster as DescribeClusters answers it.
 *
 * @param clusterArn ARN of the cluster, arn:aws:ecs:region:account:cluster/name.
 * @param clusterName Name of the cluster.
 * @param configuration Execute command and managed storage settings of the cluster.
 * @param status ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE (after DeleteCluster).
 * @param registeredContainerInstancesCount Container instances registered (EC2 and external).
 * @param runningTasksCount Tasks in RUNNING.
 * @param pendingTasksCount Tasks in PENDING.
 * @param activeServicesCount Services in ACTIVE.
 * @param statistics Extra counts when asked for with include STATISTICS.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param settings Cluster settings, e.g. containerInsights = enabled, enhanced or disabled.
 * @param capacityProviders Capacity provider names the cluster can use (FARGATE, FARGATE_SPOT, Auto Scaling group providers).
 * @param defaultCapacityProviderStrategy Strategy used when a service or task names neither a launch type nor a strategy.
 * @param attachments Resources ECS attached for capacity providers.
 * @param attachmentsStatus Status of those attachments (UPDATE_IN_PROGRESS, UPDATE_COMPLETE, UPDATE_FAILED).
 * @param serviceConnectDefaults Default Cloud Map namespace for Service Connect.
 */
@Value.Builder
public record Cluster(
        ClusterArn clusterArn,
        ClusterName clusterName,
        Option<ClusterConfiguration> configuration,
        ClusterStatus status,
        int registeredContainerInstancesCount,
        int runningTasksCount,
        int pendingTasksCount,
        int activeServicesCount,
        List<KeyValuePair> statistics,
        List<Tag> tags,
        List<ClusterSetting> settings,
        List<String> capacityProviders,
        List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy,
        List<Attachment> attachments,
        Option<String> attachmentsStatus,
        Option<ClusterServiceConnectDefaults> serviceConnectDefaults) {

    /** A builder with every optional component absent and every list empty. */
    public static ClusterBuilder builder() {
        return new ClusterBuilder();
    }

    /** A builder holding this record's values. */
    public ClusterBuilder toBuilder() {
        return new ClusterBuilder().from(this);
    }

    /** The cluster's name. */
    public ClusterName name() {
        return clusterName;
    }
}
