package io.ecskit.port.out;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** EC2 container instances registered to a cluster (Fargate clusters have none). */
public interface ContainerInstancePort {

    /** ListContainerInstances, every page, ACTIVE and DRAINING. */
    Either<EcsError, Seq<ContainerInstanceArn>> list(ClusterName cluster);

    /** DeregisterContainerInstance; {@code force} also when it still runs tasks. */
    Either<EcsError, ContainerInstanceArn> deregister(ClusterName cluster, ContainerInstanceArn instance, boolean force);
}
