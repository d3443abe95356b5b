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
}
