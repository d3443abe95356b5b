package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Members;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceDefaults;
import io.ecskit.domain.service.ServiceRules;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.ServicePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

final class InMemoryServices implements ServicePort {

    private final InMemoryState state;

    @Inject
    InMemoryServices(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Service> create(ServiceSpec spec) {
        ClusterName cluster = spec.cluster().getOrElse(ClusterName.DEFAULT);
        return state.call("CreateService", () -> modelChecked(io.ecskit.domain.service.ServiceRules.model(spec))
                .flatMap(ok -> InMemoryClusters.active(state, cluster)).flatMap(c -> {
            Either<io.ecskit.domain.Violation, ServiceName> parsedName = ServiceName.parse(spec.serviceName());
            if (parsedName.isLeft()) {
                return Either.left(Errors.of(parsedName.getLeft()));
            }
            ServiceName name = parsedName.get();
            Option<ServiceState> live = live(cluster, name);
            if (live.isDefined()) {
                boolean sameRequest = spec.clientToken().isDefined() && live.get().clientToken.equals(spec.clientToken());
                return sameRequest ? Either.right(view(live.get()))
                        : Either.left(EcsError.of(io.ecskit.domain.EcsRule.SERVICE_CREATION_IDEMPOTENT));
            }
            if (spec.desiredCount().exists(n -> !io.ecskit.domain.service.ServiceRules.desiredCount(n).isEmpty())) {
                return Either.left(Errors.first(io.ecskit.domain.service.ServiceRules.desiredCount(spec.desiredCount().get())));
            }
            boolean external = spec.deploymentController().exists(d -> d.type() == io.ecskit.domain.service.DeploymentControllerType.EXTERNAL);
            if (external) {
                // the external controller brings the task definition, launch type and network with each task set
                return ServiceRules.externalService(spec).isEmpty() ? Either.right(startExternal(cluster, name, spec))
                        : Either.left(Errors.first(ServiceRules.externalService(spec)));
            }
            if (spec.taskDefinition().isEmpty()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_DEFINITION_REQUIRED));
            }
            var strategy = io.ecskit.domain.service.ServiceRules.deploymentStrategy(spec.deploymentConfiguration(), spec.loadBalancers());
            if (!strategy.isEmpty()) {
                return Either.left(Errors.first(strategy));
            }
            return CapacityPlacement.associated(c, spec.capacityProviderStrategy())
                    .flatMap(ok -> CapacityPlacement.defaultUsable(c, spec.launchType(), spec.capacityProviderStrategy()))
                    .flatMap(ok -> Ec2Placement.checked(spec.placementConstraints(), spec.placementStrategy()))
                    .flatMap(ok -> InMemoryTaskDefinitions.usable(state, spec.taskDefinition().get(), spec.launchType()))
                    .flatMap(td -> CapacityPlacement.launchRules(spec.launchType(), CapacityPlacement.effective(c, spec.launchType(),
                            spec.capacityProviderStrategy()), spec.platformVersion(), spec.networkConfiguration(), td.definition()).map(ok -> td))
                    .flatMap(td -> NetworkChecks.check(state, td.definition(), spec.networkConfiguration())
                            .flatMap(network -> NetworkChecks.checkLoadBalancers(state, td.definition(), spec.loadBalancers()))
                            .flatMap(ok -> modelChecked(ServiceRules.serviceConnect(td.definition(), spec.serviceConnectConfiguration(),
                                    c.spec.serviceConnectDefaults().map(d -> d.namespace()))))
                            .map(ok -> start(cluster, name, spec, td)));
        }));
    }

    /** The model's constraints come first, as AWS checks them before the request reaches ECS. */
    static Either<EcsError, Done> modelChecked(io.vavr.collection.Seq<io.ecskit.domain.Violation> broken) {
        return broken.isEmpty() ? Either.right(Done.DONE) : Either.left(Errors.first(broken));
    }

    /** The service as ECS stores it: every member given, ECS's defaults for the ones left out. */
    private Service start(ClusterName cluster, ServiceName name, ServiceSpec spec, RegisteredTaskDefinition td) {
        ServiceArn arn = new ServiceArn(state.region, state.account, cluster, name);
        InMemoryState.ClusterState owner = state.clusters.get(cluster.value());
        // neither a launch type nor a strategy: the service takes the cluster's default strategy, as DescribeServices shows
        io.vavr.collection.List<io.ecskit.domain.CapacityProviderStrategyItem> strategy = owner == null
                ? io.vavr.collection.List.ofAll(spec.capacityProviderStrategy())
                : CapacityPlacement.effective(owner, spec.launchType(), spec.capacityProviderStrategy());
        boolean fargate = spec.launchType().contains(LaunchType.FARGATE)
                || strategy.exists(p -> p.capacityProvider().startsWith("FARGATE"));
        java.util.Map<String, Object> stored = stored(arn, spec);
        if (!strategy.isEmpty()) {
            stored.put("capacityProviderStrategy", strategy);
        }
        stored.put("taskDefinition", td.taskDefinitionArn().ref());
        spec.role().orElse(Option.when(!spec.loadBalancers().isEmpty(), () -> "arn:aws:iam::" + state.account.value()
                + ":role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS")).forEach(role -> stored.put("roleArn", role));
        if (spec.launchType().isEmpty() && strategy.isEmpty()) {
            // neither a launch type nor a strategy, and no default strategy on the cluster: ECS answers EC2
            stored.put("launchType", LaunchType.EC2);
        }
        if (fargate) {
            stored.put("platformVersion", spec.platformVersion().getOrElse("LATEST"));
            stored.put("platformFamily", "Linux");
        }
        Service settings = Members.build(Service.class, member -> stored.containsKey(member)
                ? Option.of(stored.get(member))
                : Members.get(spec, member).filter(Members::isGiven).orElse(ServiceDefaults.storedWhenAbsent(member)));
        ServiceState s = new ServiceState(arn, spec.clientToken(), settings);
        s.serviceConnect = spec.serviceConnectConfiguration();
        s.deployments.add(state.startDeployment(s, new DeploymentState(state.newDeploymentId(), s.taskDefinition(), settings, state.now()),
                io.vavr.collection.List.empty()));
        state.addService(s);
        state.touch(s);
        return view(s);
    }

    /** The members ECS sets on every new service: its names, ACTIVE, the desired count, who and when, the deployment defaults. */
    private java.util.Map<String, Object> stored(ServiceArn arn, ServiceSpec spec) {
        java.util.Map<String, Object> stored = new java.util.HashMap<>();
        stored.put("serviceArn", arn);
        stored.put("serviceName", arn.name());
        stored.put("clusterArn", arn.clusterArn());
        stored.put("status", ServiceStatus.ACTIVE);
        stored.put("desiredCount", spec.desiredCount().getOrElse(1));
        stored.put("createdAt", state.now());
        stored.put("createdBy", "arn:aws:iam::" + state.account.value() + ":root");
        stored.put("deploymentConfiguration", ServiceDefaults.deploymentConfiguration(spec.deploymentConfiguration()));
        // ECS answers the network it stored: public IP DISABLED unless given
        spec.networkConfiguration().forEach(n -> stored.put("networkConfiguration", ServiceDefaults.networkConfiguration(n)));
        return stored;
    }

    /** An EXTERNAL service: stored with no deployment; its task sets run its tasks. */
    private Service startExternal(ClusterName cluster, ServiceName name, ServiceSpec spec) {
        ServiceArn arn = new ServiceArn(state.region, state.account, cluster, name);
        java.util.Map<String, Object> stored = stored(arn, spec);
        // an EXTERNAL service shows ECS's default launch type until its primary task set gives it one, and the
        // service-linked role its task sets' load balancers use (the AWS CLI's recorded create-service)
        stored.put("launchType", LaunchType.EC2);
        stored.put("roleArn", spec.role().getOrElse(() -> "arn:aws:iam::" + state.account.value()
                + ":role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS"));
        Service settings = Members.build(Service.class, member -> stored.containsKey(member)
                ? Option.of(stored.get(member))
                : Members.get(spec, member).filter(Members::isGiven).orElse(ServiceDefaults.storedWhenAbsent(member)));
        ServiceState s = new ServiceState(arn, spec.clientToken(), settings);
        s.said = (message, at) -> EcsEvents.serviceSaid(state, s, message, at);
        state.addService(s);
        state.touch(s);
        return view(s);
    }

    @Override
    public Either<EcsError, Service> update(ServiceUpdate update) {
        ClusterName cluster = update.cluster().getOrElse(ClusterName.DEFAULT);
        return state.call("UpdateService", () -> modelChecked(io.ecskit.domain.service.ServiceRules.model(update))
                .flatMap(ok -> InMemoryClusters.active(state, cluster))
                .flatMap(c -> latest(cluster, update.service())
                        .toEither(() -> (EcsError) EcsError.ServiceNotFound.of()))
                .flatMap(s -> s.status != ServiceStatus.ACTIVE
                        ? Either.left(EcsError.ServiceNotActive.of())
                        : apply(s, update)));
    }

    private Either<EcsError, Service> apply(ServiceState s, ServiceUpdate update) {
        if (update.desiredCount().exists(n -> !io.ecskit.domain.service.ServiceRules.desiredCount(n).isEmpty())) {
            return Either.left(Errors.first(io.ecskit.domain.service.ServiceRules.desiredCount(update.desiredCount().get())));
        }
        io.ecskit.domain.service.DeploymentControllerType controller = InMemoryTaskSets.controller(s);
        Seq<io.ecskit.domain.Violation> controlled = ServiceRules.controlledUpdate(controller, update);
        if (!controlled.isEmpty()) {
            return Either.left(Errors.first(controlled));
        }
        if (controller == io.ecskit.domain.service.DeploymentControllerType.EXTERNAL) {
            return Either.right(applyToExternal(s, update));
        }
        var strategy = io.ecskit.domain.service.ServiceRules.deploymentStrategy(update.deploymentConfiguration(),
                update.loadBalancers().getOrElse(s.settings.loadBalancers()));
        if (!strategy.isEmpty()) {
            return Either.left(Errors.first(strategy));
        }
        if (update.capacityProviderStrategy().isDefined()) {
            Either<EcsError, Done> providers = strategyChange(s, update);
            if (providers.isLeft()) {
                return Either.left(providers.getLeft());
            }
        }
        Either<EcsError, RegisteredTaskDefinition> target = update.taskDefinition()
                .map(ref -> InMemoryTaskDefinitions.usable(state, ref, s.launchType()))
                .getOrElse(() -> Either.right(InMemoryTaskDefinitions.byArn(state, s.taskDefinition()).get()));
        Option<NetworkConfiguration> network = update.networkConfiguration().orElse(s.network());
        boolean toStrategy = update.capacityProviderStrategy().exists(st -> !st.isEmpty());
        Option<LaunchType> launchType = toStrategy ? Option.none() : s.launchType();
        io.vavr.collection.Seq<io.ecskit.domain.CapacityProviderStrategyItem> providers = update.capacityProviderStrategy()
                .filter(st -> !st.isEmpty()).map(st -> (io.vavr.collection.Seq<io.ecskit.domain.CapacityProviderStrategyItem>) st)
                .getOrElse(s.settings.capacityProviderStrategy());
        return target.flatMap(td -> CapacityPlacement.launchRules(launchType, providers,
                        update.platformVersion().orElse(s.settings.platformVersion()), network, td.definition()).map(ok -> td))
                .flatMap(td -> NetworkChecks.check(state, td.definition(), network)
                .flatMap(ok -> modelChecked(ServiceRules.serviceConnect(td.definition(),
                        update.serviceConnectConfiguration().orElse(s.serviceConnect),
                        Option.of(state.clusters.get(s.arn.cluster().value())).flatMap(c -> c.spec.serviceConnectDefaults())
                                .map(d -> d.namespace()))))
                .flatMap(ok -> NetworkChecks.checkLoadBalancers(state, td.definition(),
                        update.loadBalancers().getOrElse(s.settings.loadBalancers()), update.loadBalancers().isDefined()).map(lbs -> {
                    java.util.Map<String, Object> changed = changed(s, update);
                    changed.put("taskDefinition", td.taskDefinitionArn().ref());
                    update.networkConfiguration().forEach(n -> changed.put("networkConfiguration", ServiceDefaults.networkConfiguration(n)));
                    if (update.capacityProviderStrategy().exists(st -> !st.isEmpty())) {
                        // a strategy replaces the launch type
                        changed.put("launchType", Option.none());
                    } else if (update.capacityProviderStrategy().isDefined() && s.launchType().isEmpty()) {
                        // an empty strategy takes the service back to ECS's default: the cluster's default strategy, else EC2
                        io.vavr.collection.List<io.ecskit.domain.CapacityProviderStrategyItem> fallback =
                                io.vavr.collection.List.ofAll(state.clusters.get(s.arn.cluster().value()).spec.defaultCapacityProviderStrategy());
                        changed.put("capacityProviderStrategy", fallback);
                        if (fallback.isEmpty()) {
                            changed.put("launchType", Option.of(LaunchType.EC2));
                        }
                    }
                    Service before = s.settings;
                    s.settings = Members.with(before, changed);
                    boolean redeploy = update.forceNewDeployment().getOrElse(false)
                            || ServiceDefaults.START_A_DEPLOYMENT.exists(m -> !java.util.Objects.equals(
                                    Members.get(before, m), Members.get(s.settings, m)));
                    if (redeploy) {
                        s.deployments.forEach(d -> d.status = DeploymentStatus.ACTIVE);
                        io.vavr.collection.List<DeploymentState> sources = io.vavr.collection.List.ofAll(s.deployments);
                        s.deployments.add(0, state.startDeployment(s, new DeploymentState(state.newDeploymentId(), s.taskDefinition(),
                                s.settings, state.now()), sources));
                        s.steady = false;
                    }
                    s.primary().forEach(p -> p.desiredCount = s.desiredCount());
                    update.serviceConnectConfiguration().forEach(c -> s.serviceConnect = Option.of(c));
                    state.touch(s);
                    return view(s);
                })));
    }

    /**
     * UpdateService's capacityProviderStrategy: its providers associated with the cluster (rule
     * strategyProvidersAssociated); moving from a launch type to it, or changing the strategy, only with
     * forceNewDeployment (rule strategyChangeForcesDeployment).
     */
    private Either<EcsError, Done> strategyChange(ServiceState s, ServiceUpdate update) {
        io.vavr.collection.List<io.ecskit.domain.CapacityProviderStrategyItem> given = update.capacityProviderStrategy().get();
        InMemoryState.ClusterState owner = state.clusters.get(s.arn.cluster().value());
        return CapacityPlacement.associated(owner, given).flatMap(ok -> {
            io.vavr.collection.List<io.ecskit.domain.CapacityProviderStrategyItem> current = io.vavr.collection.List.ofAll(
                    s.settings.capacityProviderStrategy());
            boolean changes = !CapacityPlacement.normalized(given).equals(CapacityPlacement.normalized(current));
            return changes && !update.forceNewDeployment().getOrElse(false)
                    ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.STRATEGY_CHANGE_FORCES_DEPLOYMENT))
                    : Either.right(Done.DONE);
        });
    }

    /** UpdateService of an EXTERNAL service: what it may change (rule externalServiceUpdate) changes; no deployment starts. */
    private Service applyToExternal(ServiceState s, ServiceUpdate update) {
        s.settings = Members.with(s.settings, changed(s, update));
        s.steady = false;
        state.touch(s);
        return view(s);
    }

    /** The members UpdateService gives, as the service stores them (its deploymentConfiguration merged into the current one). */
    private static java.util.Map<String, Object> changed(ServiceState s, ServiceUpdate update) {
        java.util.Map<String, Object> changed = new java.util.HashMap<>();
        for (String member : Members.names(ServiceUpdate.class)) {
            if (member.equals("cluster") || member.equals("service") || member.equals("forceNewDeployment")) {
                continue;
            }
            Members.get(update, member).filter(Members::isGiven).forEach(value -> changed.put(member, value));
        }
        update.deploymentConfiguration().forEach(d -> changed.put("deploymentConfiguration",
                ServiceDefaults.deploymentConfiguration(Option.of(merge(s.deploymentConfiguration(), d)))));
        return changed;
    }

    /** UpdateService's deploymentConfiguration: what it gives replaces, what it leaves out stays. */
    private static DeploymentConfiguration merge(DeploymentConfiguration current, DeploymentConfiguration given) {
        return Members.build(DeploymentConfiguration.class, member -> Members.get(given, member).filter(Members::isGiven)
                .orElse(Members.get(current, member)));
    }

    @Override
    public Either<EcsError, Service> delete(ClusterName cluster, ServiceName name, boolean force) {
        return state.call("DeleteService", () -> InMemoryClusters.active(state, cluster)
                .flatMap(c -> latest(cluster, name).toEither(() -> (EcsError) EcsError.ServiceNotFound.of()))
                .flatMap(s -> {
                    if (s.status != ServiceStatus.ACTIVE) {
                        return Either.left(EcsError.ServiceNotActive.of());
                    }
                    if (s.desiredCount() > 0 && !force) {
                        return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SERVICE_SCALED_TO_ZERO_BEFORE_DELETE));
                    }
                    s.settings = s.settings.toBuilder().desiredCount(0).build();
                    s.status = ServiceStatus.DRAINING;
                    // ECS answers DeleteService with the service DRAINING, even when no task is left to drain
                    Service answer = view(s);
                    state.touch(s);
                    return Either.right(answer);
                }));
    }

    @Override
    public Either<EcsError, Descriptions<Service>> describe(ClusterName cluster, Seq<ServiceName> names) {
        return state.call("DescribeServices", () -> InMemoryClusters.active(state, cluster).map(c -> {
            Seq<Service> found = names.flatMap(n -> latest(cluster, n)).map(this::view);
            Seq<Descriptions.Failure> missing = names.filter(n -> latest(cluster, n).isEmpty())
                    .map(n -> Descriptions.Failure.missing(new ServiceArn(state.region, state.account, cluster, n).toString()));
            return new Descriptions<>(found, missing);
        }));
    }

    @Override
    public Either<EcsError, Seq<ServiceArn>> list(ClusterName cluster) {
        return state.call("ListServices", () -> InMemoryClusters.active(state, cluster).map(c -> List.ofAll(state.servicesOf(cluster))
                .filter(ServiceState::isLive)
                .map(s -> s.arn)));
    }

    /** The ACTIVE or DRAINING service of that name: the one a new service's name would clash with. */
    private Option<ServiceState> live(ClusterName cluster, ServiceName name) {
        return latest(cluster, name).filter(ServiceState::isLive);
    }

    /** The newest service of that name: the live one if any, else the last INACTIVE one (still describable). */
    private Option<ServiceState> latest(ClusterName cluster, ServiceName name) {
        return Option.of(state.servicesByName.get(InMemoryState.key(cluster, name)));
    }

    /** The service as DescribeServices shows it; the same record as last time while nothing in the region changed. */
    Service view(ServiceState s) {
        long at = state.changes();
        if (s.viewedAt != at || s.viewed == null) {
            s.viewed = freshView(s);
            s.viewedAt = at;
        }
        return s.viewed;
    }

    private Service freshView(ServiceState s) {
        List<TaskState> live = Scheduler.liveTasks(state, s);
        List<Deployment> deployments = List.ofAll(s.deployments).map(d -> {
            List<TaskState> ofDeployment = live.filter(t -> t.startedBy.contains(d.id.value()));
            return d.toDeployment(ofDeployment.count(TaskState::isPending), ofDeployment.count(TaskState::isRunning));
        });
        return s.settings.toBuilder()
                .status(s.status)
                .currentServiceDeployment(s.serviceDeployments.isEmpty() ? Option.none() : Option.of(s.serviceDeployments.get(0).arn))
                .currentServiceRevisions(List.ofAll(s.deployments).map(d -> {
                    List<TaskState> of = live.filter(t -> t.startedBy.contains(d.id.value()));
                    return io.ecskit.domain.service.ServiceCurrentRevisionSummary.builder().arn(Option.of(d.revisionArn))
                            .requestedTaskCount(d.desiredCount).runningTaskCount(of.count(TaskState::isRunning))
                            .pendingTaskCount(of.count(TaskState::isPending)).build();
                }))
                .runningCount(live.count(TaskState::isRunning))
                .pendingCount(live.count(TaskState::isPending))
                .deployments(deployments)
                .taskSets(List.ofAll(s.taskSets).map(ts -> taskSetView(state, s, ts, false)))
                .events(List.ofAll(s.events))
                .build();
    }

    /** A task set as DescribeTaskSets and DescribeServices show it: its counts from its live tasks now. */
    static io.ecskit.domain.service.TaskSet taskSetView(InMemoryState state, ServiceState s, TaskSetState ts, boolean includeTags) {
        List<TaskState> of = Scheduler.liveTasks(state, s).filter(t -> t.startedBy.contains(ts.id()));
        return ts.view(s.desiredCount(), of.count(TaskState::isPending), of.count(TaskState::isRunning), includeTags);
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.arn.ServiceArn>> listByNamespace(String namespace) {
        return state.call("ListServicesByNamespace", () -> Either.right(List.ofAll(state.services).filter(ServiceState::isLive)
                .filter(s -> s.serviceConnect.filter(c -> c.enabled()).exists(c -> {
                    Option<String> used = c.namespace().orElse(Option.of(state.clusters.get(s.arn.cluster().value()))
                            .flatMap(cl -> cl.spec.serviceConnectDefaults()).map(d -> d.namespace()));
                    return used.exists(n -> n.equals(namespace) || n.endsWith("/" + namespace) || namespace.endsWith("/" + n));
                })).map(s -> s.arn)));
    }
}
