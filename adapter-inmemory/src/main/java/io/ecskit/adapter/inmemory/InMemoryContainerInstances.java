package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ContainerInstancePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** EC2 container instances: registered by a test through the simulator, deregistered through the port. */
final class InMemoryContainerInstances implements ContainerInstancePort {

    private final InMemoryState state;

    @Inject
    InMemoryContainerInstances(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Seq<ContainerInstanceArn>> list(ClusterName cluster) {
        return state.call("ListContainerInstances", () -> InMemoryClusters.active(state, cluster)
                .map(c -> List.ofAll(c.containerInstances)));
    }

    @Override
    public Either<EcsError, ContainerInstanceArn> deregister(ClusterName cluster, ContainerInstanceArn instance, boolean force) {
        return state.call("DeregisterContainerInstance", () -> InMemoryClusters.active(state, cluster).flatMap(c -> {
            if (!c.containerInstances.remove(instance)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.CONTAINER_INSTANCE_FOUND, instance));
            }
            return Either.right(instance);
        }));
    }
}
