package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.TargetType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.instance.ContainerInstance;
import io.ecskit.domain.instance.ContainerInstanceRegistration;
import io.ecskit.domain.instance.ContainerInstanceStatus;
import io.ecskit.domain.instance.Resource;
import io.ecskit.domain.instance.VersionInfo;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EC2 container instances: registered by the agent's call (or a test's simulator), described, drained, deregistered. */
final class InMemoryContainerInstances implements ContainerInstancePort {

    private static final Pattern INSTANCE_ID = Pattern.compile("\"instanceId\"\\s*:\\s*\"(i-[0-9a-f]{8,17})\"");

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
                return Either.left(EcsError.of(EcsRule.CONTAINER_INSTANCE_FOUND, instance));
            }
            state.instances.remove(instance.toString());
            return Either.right(instance);
        }));
    }

    @Override
    public Either<EcsError, ContainerInstance> register(ContainerInstanceRegistration registration) {
        return state.call("RegisterContainerInstance", () -> registration.cluster().map(ClusterName::parse)
                .getOrElse(Either.right(ClusterName.DEFAULT)).<EcsError>mapLeft(Errors::of)
                .flatMap(cluster -> InMemoryClusters.active(state, cluster)).flatMap(c ->
                InMemoryServices.modelChecked(io.ecskit.domain.ModelRules.tags("tags", registration.tags()))
                        .map(ok -> register(state, c, registration))));
    }

    /** A new instance in the cluster (the agent's RegisterContainerInstance, or a test's simulator). */
    static ContainerInstance register(InMemoryState state, InMemoryState.ClusterState c, ContainerInstanceRegistration registration) {
        ContainerInstanceArn arn = registration.containerInstanceArn().flatMap(a -> ContainerInstanceArn.parse(a).toOption())
                .filter(a -> state.instances.containsKey(a.toString()))
                .getOrElse(() -> new ContainerInstanceArn(state.region, state.account, c.name, state.newId(32)));
        Option<String> ec2 = registration.instanceIdentityDocument().flatMap(doc -> {
            Matcher m = INSTANCE_ID.matcher(doc);
            return m.find() ? Option.of(m.group(1)) : Option.none();
        }).orElse(() -> Option.of("i-" + state.newId(17)));
        List<Resource> resources = registration.totalResources().isEmpty() ? List.of(Resource.integer("CPU", 2048),
                Resource.integer("MEMORY", 3943), Resource.stringSet("PORTS", List.of("22", "2375", "2376", "51678", "51679")),
                Resource.stringSet("PORTS_UDP", List.empty())) : registration.totalResources();
        List<Attribute> own = List.of(attribute("ecs.os-type", "linux", arn), attribute("ecs.os-family", "LINUX", arn),
                attribute("ecs.cpu-architecture", "x86_64", arn), attribute("ecs.availability-zone", state.region.code() + "a", arn),
                attribute("ecs.capability.task-eni", null, arn));
        ContainerInstance instance = ContainerInstance.builder().containerInstanceArn(arn).ec2InstanceId(ec2).version(1L)
                .versionInfo(registration.versionInfo().orElse(Option.of(new VersionInfo(Option.of("1.89.2"), Option.of("a2b7d4f1"),
                        Option.of("DockerVersion: 25.0.8")))))
                .registeredResources(resources).remainingResources(resources).status(ContainerInstanceStatus.ACTIVE)
                .agentConnected(true).runningTasksCount(0).pendingTasksCount(0).attributes(own.appendAll(registration.attributes().map(a -> attribute(a.name(),
                        a.value().getOrNull(), arn)))).registeredAt(state.now()).build();
        if (!c.containerInstances.contains(arn)) {
            c.containerInstances.add(arn);
        }
        state.instances.put(arn.toString(), instance);
        if (!registration.tags().isEmpty()) {
            state.containerInstanceTags.put(arn.toString(), registration.tags());
        }
        return instance;
    }

    private static Attribute attribute(String name, String value, ContainerInstanceArn arn) {
        return new Attribute(name, Option.of(value), Option.of(TargetType.CONTAINER_INSTANCE), Option.of(arn.toString()));
    }

    @Override
    public Either<EcsError, Descriptions<ContainerInstance>> describe(ClusterName cluster, Seq<String> idsOrArns, boolean includeTags) {
        return state.call("DescribeContainerInstances", () -> InMemoryClusters.active(state, cluster).map(c -> found(c, idsOrArns,
                includeTags)));
    }

    @Override
    public Either<EcsError, Descriptions<ContainerInstance>> updateState(ClusterName cluster, Seq<String> idsOrArns,
                                                                         ContainerInstanceStatus status) {
        return state.call("UpdateContainerInstancesState", () -> {
            if (status != ContainerInstanceStatus.ACTIVE && status != ContainerInstanceStatus.DRAINING) {
                return Either.left(EcsError.of(EcsRule.CONTAINER_INSTANCE_STATE));
            }
            return InMemoryClusters.active(state, cluster).map(c -> {
                for (String id : idsOrArns) {
                    arnOf(c, id).map(a -> state.instances.get(a.toString())).forEach(i -> state.instances.put(
                            i.containerInstanceArn().toString(), i.toBuilder().status(status)
                                    .version(i.version().getOrElse(1L) + 1).build()));
                }
                return found(c, idsOrArns, false);
            });
        });
    }

    @Override
    public Either<EcsError, ContainerInstance> updateAgent(ClusterName cluster, String idOrArn) {
        return state.call("UpdateContainerAgent", () -> InMemoryClusters.active(state, cluster).flatMap(c -> arnOf(c, idOrArn)
                .<EcsError>toEither(() -> EcsError.of(EcsRule.CONTAINER_INSTANCE_FOUND, idOrArn))
                .flatMap(a -> Either.left(EcsError.of(EcsRule.NO_UPDATE_AVAILABLE)))));
    }

    private Descriptions<ContainerInstance> found(InMemoryState.ClusterState c, Seq<String> idsOrArns, boolean includeTags) {
        Seq<ContainerInstance> found = idsOrArns.flatMap(id -> arnOf(c, id)).map(a -> state.instances.get(a.toString()))
                .map(i -> {
                    List<TaskState> on = List.ofAll(state.tasks.values()).filter(t -> t.containerInstance.contains(i.containerInstanceArn()));
                    return i.toBuilder().runningTasksCount(on.count(TaskState::isRunning)).pendingTasksCount(on.count(TaskState::isPending))
                            .remainingResources(Ec2Placement.remaining(state, i))
                            .tags(includeTags ? state.containerInstanceTags.getOrDefault(i.containerInstanceArn().toString(), List.empty())
                                    : List.empty()).build();
                });
        Seq<Descriptions.Failure> missing = idsOrArns.filter(id -> arnOf(c, id).isEmpty()).map(id -> Descriptions.Failure.missing(
                id.startsWith("arn:") ? id : new ContainerInstanceArn(state.region, state.account, c.name, id).toString()));
        return new Descriptions<>(found, missing);
    }

    /** The instance of the cluster with this ID or ARN. */
    static Option<ContainerInstanceArn> arnOf(InMemoryState.ClusterState c, String idOrArn) {
        return List.ofAll(c.containerInstances).find(a -> a.toString().equals(idOrArn) || a.id().equals(idOrArn));
    }

    @Override
    public Either<EcsError, io.vavr.collection.Map<String, String>> discoverPollEndpoint(Option<String> containerInstance,
                                                                                        Option<ClusterName> cluster) {
        return state.call("DiscoverPollEndpoint", () -> {
            String region = state.region.code();
            return Either.right(io.vavr.collection.LinkedHashMap.of("endpoint", "https://ecs-a-1." + region + ".amazonaws.com/",
                    "telemetryEndpoint", "https://ecs-t-1." + region + ".amazonaws.com/",
                    "serviceConnectEndpoint", "https://ecs-sc." + region + ".api.aws"));
        });
    }
}
