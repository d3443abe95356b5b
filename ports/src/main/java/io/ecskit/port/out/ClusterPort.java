package io.ecskit.port.out;

import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** ECS clusters of one region. */
public interface ClusterPort {

    /** CreateCluster; creating a cluster that is already ACTIVE returns it unchanged, as ECS does. */
    Either<EcsError, Cluster> create(ClusterSpec spec);

    /** DescribeClusters for one name; INACTIVE clusters are still found, unknown ones are empty. */
    Either<EcsError, Option<Cluster>> describe(ClusterName name);

    /** ListClusters, every page (INACTIVE clusters are not listed). */
    Either<EcsError, Seq<ClusterArn>> list();

    /**
     * DeleteCluster: ClusterNotFound when unknown; ClusterContainsServices / Tasks /
     * ContainerInstances while any are active; the cluster turns INACTIVE.
     */
    Either<EcsError, Cluster> delete(ClusterName name);

    /** UpdateCluster: settings, configuration and Service Connect defaults; ClusterNotFound when the cluster is not ACTIVE. */
    Either<EcsError, Cluster> update(io.ecskit.domain.cluster.ClusterUpdate update);

    /** UpdateClusterSettings: replaces the named settings (containerInsights). */
    Either<EcsError, Cluster> updateSettings(ClusterName name, Seq<io.ecskit.domain.cluster.ClusterSetting> settings);

    /**
     * PutClusterCapacityProviders: the providers the cluster may use (FARGATE, FARGATE_SPOT, Auto Scaling group
     * providers) and its default strategy, both replaced whole. Refused when a provider does not exist (rule
     * capacityProviderExists), when the strategy names one not in the list (rule defaultStrategyProvidersAssociated),
     * or when a provider a service uses would be removed (rule capacityProviderInUse).
     */
    Either<EcsError, Cluster> putCapacityProviders(ClusterName name, Seq<String> capacityProviders,
                                                   Seq<io.ecskit.domain.CapacityProviderStrategyItem> defaultCapacityProviderStrategy);
}
