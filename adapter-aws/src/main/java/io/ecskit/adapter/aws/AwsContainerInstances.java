package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ContainerInstancePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

final class AwsContainerInstances implements ContainerInstancePort {

    private final AwsClients aws;

    @Inject
    AwsContainerInstances(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Seq<ContainerInstanceArn>> list(ClusterName cluster) {
        return aws.call(() -> List.ofAll(aws.ecs.listContainerInstancesPaginator(r -> r.cluster(cluster.value()))
                .containerInstanceArns()).flatMap(ContainerInstanceArn::parse));
    }

    @Override
    public Either<EcsError, ContainerInstanceArn> deregister(ClusterName cluster, ContainerInstanceArn instance, boolean force) {
        return aws.call(() -> aws.ecs.deregisterContainerInstance(r -> r.cluster(cluster.value())
                .containerInstance(instance.toString()).force(force))).map(r -> instance);
    }
}
