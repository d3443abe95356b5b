package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Members;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentControllerType;
import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceDefaults;
import io.ecskit.domain.service.ServiceRules;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.TaskSet;
import io.ecskit.domain.service.TaskSetSpec;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.TaskSetPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** Task sets of EXTERNAL services, run by the scheduler as deployments whose size follows their scale. */
final class InMemoryTaskSets implements TaskSetPort {

    private final InMemoryState state;

    @Inject
    InMemoryTaskSets(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, TaskSet> create(TaskSetSpec spec) {
        ClusterName cluster = spec.cluster().getOrElse(ClusterName.DEFAULT);
        return state.call("CreateTaskSet", () -> InMemoryServices.modelChecked(ServiceRules.taskSet(spec))
                .flatMap(ok -> external(cluster, spec.service(), false))
                .flatMap(s -> {
                    Option<TaskSetState> same = spec.clientToken().flatMap(token -> List.ofAll(s.taskSets)
                            .find(ts -> ts.clientToken.contains(token)));
                    if (same.isDefined()) {
                        return Either.right(view(s, same.get(), true));
                    }
                    if (s.taskSets.size() >= MAX_TASK_SETS) {
                        return Either.left(EcsError.of(EcsRule.TASK_SETS_AT_MOST_FIVE));
                    }
                    return CapacityPlacement.associated(state.clusters.get(s.arn.cluster().value()), spec.capacityProviderStrategy())
                            .flatMap(ok -> InMemoryTaskDefinitions.usable(state, spec.taskDefinition(), spec.launchType()))
                            .flatMap(td -> CapacityPlacement.launchRules(spec.launchType(), spec.capacityProviderStrategy(),
                                    spec.platformVersion(), spec.networkConfiguration(), td.definition()).map(ok -> td))
                            .flatMap(td -> NetworkChecks.check(state, td.definition(), spec.networkConfiguration())
                                    .flatMap(network -> NetworkChecks.checkLoadBalancers(state, td.definition(), spec.loadBalancers()))
                                    .map(ok -> start(s, spec, td)));
                }));
    }

    private TaskSet start(ServiceState s, TaskSetSpec spec, RegisteredTaskDefinition td) {
        io.ecskit.domain.service.DeploymentId id = state.newDeploymentId();
        String arn = "arn:aws:ecs:" + state.region.code() + ":" + state.account.value() + ":task-set/"
                + s.arn.cluster().value() + "/" + s.arn.name().value() + "/" + id.value();
        boolean fargate = spec.launchType().contains(LaunchType.FARGATE)
                || spec.capacityProviderStrategy().exists(p -> p.capacityProvider().startsWith("FARGATE"));
        Option<LaunchType> launchType = spec.launchType().orElse(Option.when(spec.capacityProviderStrategy().isEmpty(), LaunchType.EC2));
        Option<String> platformVersion = fargate ? spec.platformVersion().orElse(Option.of("LATEST")) : spec.platformVersion();
        Scale scale = spec.scale().map(given -> given.toBuilder().unit(given.unit().getOrElse(io.ecskit.domain.service.ScaleUnit.PERCENT))
                .value(given.value().getOrElse(0.0)).build()).getOrElse(TaskSetState::noScale);
        // ECS stores the network as it stores a service's: public IP DISABLED unless given
        Option<io.ecskit.domain.NetworkConfiguration> network = spec.networkConfiguration().map(ServiceDefaults::networkConfiguration);
        // what its tasks run with: the service's settings with the task set's own definition, placement and network
        Service settings = s.settings.toBuilder()
                .taskDefinition(td.taskDefinitionArn().ref())
                .launchType(launchType)
                .capacityProviderStrategy(spec.capacityProviderStrategy())
                .platformVersion(platformVersion)
                .networkConfiguration(network)
                .loadBalancers(spec.loadBalancers())
                .serviceRegistries(spec.serviceRegistries())
                .build();
        DeploymentState runner = new DeploymentState(id, td.taskDefinitionArn(), settings, state.now());
        TaskSet created = TaskSet.builder()
                .id(id.value())
                .taskSetArn(arn)
                .serviceArn(s.arn.toString())
                .clusterArn(s.arn.clusterArn().toString())
                .externalId(spec.externalId())
                .taskDefinition(td.taskDefinitionArn().toString())
                .createdAt(state.now())
                .launchType(launchType)
                .capacityProviderStrategy(spec.capacityProviderStrategy())
                .platformVersion(platformVersion)
                .platformFamily(Option.when(fargate, "Linux"))
                .networkConfiguration(network)
                .loadBalancers(spec.loadBalancers())
                .serviceRegistries(spec.serviceRegistries())
                .tags(spec.tags())
                .build();
        TaskSetState taskSet = new TaskSetState(arn, runner, created, spec.clientToken(), scale, state.now());
        s.taskSets.add(taskSet);
        s.steady = false;
        state.touch(s);
        return view(s, taskSet, true);
    }

    @Override
    public Either<EcsError, TaskSet> update(ClusterName cluster, String service, String taskSet, Scale scale) {
        return state.call("UpdateTaskSet", () -> InMemoryServices.modelChecked(ServiceRules.taskSetScale(Option.of(scale)))
                .flatMap(ok -> external(cluster, service, false))
                .flatMap(s -> find(s, taskSet).map(ts -> {
                    ts.scale = scale.toBuilder().unit(scale.unit().getOrElse(io.ecskit.domain.service.ScaleUnit.PERCENT)).build();
                    ts.updatedAt = state.now();
                    ts.stability = io.ecskit.domain.service.StabilityStatus.STABILIZING;
                    ts.stabilityAt = ts.updatedAt;
                    state.touch(s);
                    return view(s, ts, true);
                })));
    }

    @Override
    public Either<EcsError, TaskSet> delete(ClusterName cluster, String service, String taskSet, boolean force) {
        return state.call("DeleteTaskSet", () -> external(cluster, service, false)
                .flatMap(s -> find(s, taskSet).flatMap(ts -> {
                    if (ts.status.equals(TaskSetState.DRAINING)) {
                        return Either.right(view(s, ts, true));
                    }
                    if (!force && ts.status.equals(TaskSetState.PRIMARY)) {
                        return Either.left(EcsError.of(EcsRule.PRIMARY_TASK_SET_NOT_DELETED));
                    }
                    boolean running = Scheduler.liveTasks(state, s).exists(t -> t.startedBy.contains(ts.id()));
                    if (!force && (ts.computedDesiredCount(s.desiredCount()) > 0 || running)) {
                        return Either.left(EcsError.of(EcsRule.TASK_SET_SCALED_TO_ZERO_BEFORE_DELETE));
                    }
                    ts.status = TaskSetState.DRAINING;
                    ts.updatedAt = state.now();
                    TaskSet answer = view(s, ts, true);
                    state.touch(s);
                    return Either.right(answer);
                })));
    }

    @Override
    public Either<EcsError, Descriptions<TaskSet>> describe(ClusterName cluster, String service, Seq<String> taskSets, boolean includeTags) {
        return state.call("DescribeTaskSets", () -> {
            return external(cluster, service, true).map(s -> {
                if (taskSets.isEmpty()) {
                    return new Descriptions<>(List.ofAll(s.taskSets).map(ts -> view(s, ts, includeTags)), List.empty());
                }
                Seq<TaskSet> found = taskSets.flatMap(ref -> lookup(s, ref)).distinct().map(ts -> view(s, ts, includeTags));
                Seq<Descriptions.Failure> missing = taskSets.filter(ref -> lookup(s, ref).isEmpty())
                        .map(ref -> Descriptions.Failure.missing(ref.startsWith("arn:") ? ref : "arn:aws:ecs:" + state.region.code() + ":"
                                + state.account.value() + ":task-set/" + s.arn.cluster().value() + "/" + s.arn.name().value() + "/" + ref));
                return new Descriptions<>(found, missing);
            });
        });
    }

    @Override
    public Either<EcsError, TaskSet> updatePrimary(ClusterName cluster, String service, String primaryTaskSet) {
        return state.call("UpdateServicePrimaryTaskSet", () -> external(cluster, service, false)
                .flatMap(s -> find(s, primaryTaskSet).flatMap(ts -> {
                    if (ts.status.equals(TaskSetState.DRAINING)) {
                        return Either.left(EcsError.of(EcsRule.TASK_SET_DRAINING_NOT_PRIMARY));
                    }
                    for (TaskSetState other : s.taskSets) {
                        if (other != ts && other.status.equals(TaskSetState.PRIMARY)) {
                            other.status = TaskSetState.ACTIVE;
                            other.updatedAt = state.now();
                        }
                    }
                    if (!ts.status.equals(TaskSetState.PRIMARY)) {
                        ts.status = TaskSetState.PRIMARY;
                        ts.updatedAt = state.now();
                    }
                    // the service takes its primary task set's configuration
                    s.settings = s.settings.toBuilder()
                            .taskDefinition(ts.runner.taskDefinition.ref())
                            .launchType(ts.created.launchType())
                            .capacityProviderStrategy(ts.created.capacityProviderStrategy())
                            .platformVersion(ts.created.platformVersion())
                            .platformFamily(ts.created.platformFamily())
                            .networkConfiguration(ts.created.networkConfiguration())
                            .loadBalancers(ts.created.loadBalancers())
                            .serviceRegistries(ts.created.serviceRegistries())
                            .build();
                    state.touch(s);
                    return Either.right(view(s, ts, true));
                })));
    }

    /** ECS's limit: "5 deployments exist on the service" (rule taskSetsAtMostFive). */
    static final int MAX_TASK_SETS = 5;

    /**
     * The ACTIVE service named (name or ARN) whose controller manages task sets: EXTERNAL, or for reading
     * ({@code reading}) also CODE_DEPLOY, whose task sets DescribeTaskSets shows.
     */
    private Either<EcsError, ServiceState> external(ClusterName cluster, String service, boolean reading) {
        return InMemoryClusters.active(state, cluster).flatMap(c -> serviceName(service))
                .flatMap(name -> Option.of(state.servicesByName.get(InMemoryState.key(cluster, name)))
                        .<EcsError>toEither(EcsError.ServiceNotFound::of))
                .flatMap(s -> s.status != ServiceStatus.ACTIVE ? Either.left(EcsError.ServiceNotActive.of()) : Either.right(s))
                .flatMap(s -> {
                    DeploymentControllerType controller = controller(s);
                    boolean managed = controller == DeploymentControllerType.EXTERNAL
                            || reading && controller == DeploymentControllerType.CODE_DEPLOY;
                    return managed ? Either.right(s) : Either.left(EcsError.of(EcsRule.TASK_SET_EXTERNAL_CONTROLLER_ONLY));
                });
    }

    static DeploymentControllerType controller(ServiceState s) {
        return s.settings.deploymentController().map(c -> c.type()).getOrElse(DeploymentControllerType.ECS);
    }

    private static Either<EcsError, ServiceName> serviceName(String service) {
        if (service != null && service.startsWith("arn:")) {
            return ServiceArn.parse(service).<EcsError>mapLeft(v -> EcsError.ServiceNotFound.of()).map(ServiceArn::name);
        }
        return ServiceName.parse(service).<EcsError>mapLeft(v -> EcsError.ServiceNotFound.of());
    }

    private Either<EcsError, TaskSetState> find(ServiceState s, String ref) {
        return lookup(s, ref).toEither(() -> EcsError.of(EcsRule.TASK_SET_FOUND));
    }

    /** A task set by ID or ARN; a DRAINING one is still found until its tasks stopped. */
    private static Option<TaskSetState> lookup(ServiceState s, String ref) {
        return List.ofAll(s.taskSets).find(ts -> ts.id().equals(ref) || ts.arn.equals(ref));
    }

    private TaskSet view(ServiceState s, TaskSetState ts, boolean includeTags) {
        return InMemoryServices.taskSetView(state, s, ts, includeTags);
    }
}
