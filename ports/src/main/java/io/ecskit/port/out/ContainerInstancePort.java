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

    /** RegisterContainerInstance (what the ECS agent calls): ACTIVE, with ECS's own attributes and the resources it offers. */
    Either<EcsError, io.ecskit.domain.instance.ContainerInstance> register(io.ecskit.domain.instance.ContainerInstanceRegistration registration);

    /** DescribeContainerInstances by ID or ARN; unknown ones are failures (MISSING). Tags only with {@code includeTags}. */
    Either<EcsError, Descriptions<io.ecskit.domain.instance.ContainerInstance>> describe(ClusterName cluster, Seq<String> idsOrArns,
                                                                                        boolean includeTags);

    /**
     * UpdateContainerInstancesState: ACTIVE or DRAINING (rule containerInstanceState); a DRAINING instance takes no
     * new tasks. Unknown instances are failures.
     */
    Either<EcsError, Descriptions<io.ecskit.domain.instance.ContainerInstance>> updateState(ClusterName cluster, Seq<String> idsOrArns,
                                                                                           io.ecskit.domain.instance.ContainerInstanceStatus status);

    /** UpdateContainerAgent: the simulated agents always run the newest version (NoUpdateAvailableException, rule noUpdateAvailable). */
    Either<EcsError, io.ecskit.domain.instance.ContainerInstance> updateAgent(ClusterName cluster, String idOrArn);

    /**
     * DiscoverPollEndpoint (what the ECS agent asks first): the endpoints its instance polls, sends telemetry to and
     * uses for Service Connect, as {@code endpoint}, {@code telemetryEndpoint}, {@code serviceConnectEndpoint}.
     */
    Either<EcsError, io.vavr.collection.Map<String, String>> discoverPollEndpoint(io.vavr.control.Option<String> containerInstance,
                                                                                 io.vavr.control.Option<ClusterName> cluster);
}
