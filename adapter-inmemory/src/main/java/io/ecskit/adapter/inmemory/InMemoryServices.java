package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.Service;
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
        return state.call("CreateService", () -> InMemoryClusters.active(state, spec.cluster()).flatMap(cluster -> {
            Option<ServiceState> live = live(spec.cluster(), spec.name());
            if (live.isDefined()) {
                boolean sameRequest = spec.clientToken().isDefined() && live.get().clientToken.equals(spec.clientToken());
                return sameRequest ? Either.right(view(live.get()))
                        : Either.left(EcsError.InvalidParameter.of("Creation of service was not idempotent."));
            }
            if (spec.desiredCount() < 0) {
                return Either.left(EcsError.InvalidParameter.of("desiredCount can not be negative."));
            }
            return InMemoryTaskDefinitions.usable(state, spec.taskDefinition(), spec.launchType())
                    .flatMap(td -> NetworkChecks.check(state, td.definition(), spec.networkConfiguration())
                            .flatMap(network -> NetworkChecks.checkLoadBalancers(td.definition(), spec.loadBalancers()))
                            .map(ok -> start(spec, td)));
        }));
    }

    private Service start(ServiceSpec spec, RegisteredTaskDefinition td) {
        ServiceState s = new ServiceState(new ServiceArn(state.region, state.account, spec.cluster(), spec.name()),
                state.now(), spec.clientToken(), spec.tags());
        s.taskDefinitionArn = td.arn().toString();
        s.desiredCount = spec.desiredCount();
        s.launchType = spec.launchType();
        s.platformVersion = spec.platformVersion().orElse(spec.launchType().filter(l -> l == LaunchType.FARGATE).map(l -> "LATEST"));
        s.network = spec.networkConfiguration();
        s.loadBalancers = spec.loadBalancers().toList();
        s.deploymentConfiguration = spec.deploymentConfiguration().getOrElse(DeploymentConfiguration.ECS_DEFAULT);
        s.healthCheckGracePeriodSeconds = spec.healthCheckGracePeriodSeconds();
        s.deployments.add(List.of(new DeploymentState(state.newDeploymentId(), s.taskDefinitionArn, s.desiredCount,
                s.launchType, s.platformVersion, s.network, state.now())));
        state.services.add(s);
        state.servicesByName.put(InMemoryState.key(spec.cluster(), spec.name()), s);
        state.touch(s);
        return view(s);
    }

    @Override
    public Either<EcsError, Service> update(ServiceUpdate update) {
        return state.call("UpdateService", () -> InMemoryClusters.active(state, update.cluster())
                .flatMap(cluster -> latest(update.cluster(), update.name())
                        .toEither(() -> (EcsError) EcsError.ServiceNotFound.of()))
                .flatMap(s -> s.status != ServiceStatus.ACTIVE
                        ? Either.left(EcsError.ServiceNotActive.of())
                        : apply(s, update)));
    }

    private Either<EcsError, Service> apply(ServiceState s, ServiceUpdate update) {
        if (update.desiredCount().exists(n -> n < 0)) {
            return Either.left(EcsError.InvalidParameter.of("desiredCount can not be negative."));
        }
        Either<EcsError, RegisteredTaskDefinition> target = update.taskDefinition()
                .map(ref -> InMemoryTaskDefinitions.usable(state, ref, s.launchType))
                .getOrElse(() -> Either.right(InMemoryTaskDefinitions.byArn(state, s.taskDefinitionArn).get()));
        return target.flatMap(td -> NetworkChecks.check(state, td.definition(), update.networkConfiguration().orElse(s.network))
                .flatMap(network -> NetworkChecks.checkLoadBalancers(td.definition(),
                        update.loadBalancers().getOrElse(s.loadBalancers)).map(lbs -> {
                    boolean newTaskDefinition = !td.arn().toString().equals(s.taskDefinitionArn);
                    boolean newNetwork = !network.equals(s.network);
                    s.desiredCount = update.desiredCount().getOrElse(s.desiredCount);
                    s.network = network;
                    s.loadBalancers = lbs.toList();
                    s.deploymentConfiguration = update.deploymentConfiguration().getOrElse(s.deploymentConfiguration);
                    s.platformVersion = update.platformVersion().orElse(s.platformVersion);
                    s.healthCheckGracePeriodSeconds = update.healthCheckGracePeriodSeconds().orElse(s.healthCheckGracePeriodSeconds);
                    s.taskDefinitionArn = td.arn().toString();
                    // only a new task definition, new networking or force starts a deployment; a count change does not
                    if (newTaskDefinition || newNetwork || update.forceNewDeployment().getOrElse(false)) {
                        s.deployments.forEach(d -> d.status = DeploymentStatus.ACTIVE);
                        s.deployments.add(List.of(0, new DeploymentState(state.newDeploymentId(), s.taskDefinitionArn,
                                s.desiredCount, s.launchType, s.platformVersion, s.network, state.now())));
                        s.steady = false;
                    }
                    s.primary().forEach(p -> p.desiredCount = s.desiredCount);
                    state.touch(s);
                    return view(s);
                })));
    }

    @Override
    public Either<EcsError, Service> delete(ClusterName cluster, ServiceName name, boolean force) {
        return state.call("DeleteService", () -> InMemoryClusters.active(state, cluster)
                .flatMap(c -> latest(cluster, name).toEither(() -> (EcsError) EcsError.ServiceNotFound.of()))
                .flatMap(s -> {
                    if (s.status != ServiceStatus.ACTIVE) {
                        return Either.left(EcsError.ServiceNotActive.of());
                    }
                    if (s.desiredCount > 0 && !force) {
                        return Either.left(EcsError.InvalidParameter.of("The service cannot be stopped while it is scaled above 0."));
                    }
                    s.desiredCount = 0;
                    s.status = ServiceStatus.DRAINING;
                    state.touch(s);
                    return Either.right(view(s));
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
        return state.call("ListServices", () -> InMemoryClusters.active(state, cluster).map(c -> List.ofAll(state.services)
                .filter(s -> s.arn.cluster().equals(cluster) && s.isLive())
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

    Service view(ServiceState s) {
        List<TaskState> live = Scheduler.liveTasks(state, s);
        return Service.builder()
                .arn(s.arn)
                .status(s.status)
                .taskDefinition(s.taskDefinitionArn)
                .desiredCount(s.desiredCount)
                .runningCount(live.count(TaskState::isRunning))
                .pendingCount(live.count(TaskState::isPending))
                .launchType(s.launchType)
                .platformVersion(s.platformVersion)
                .networkConfiguration(s.network)
                .loadBalancers(List.of(s.loadBalancers))
                .deploymentConfiguration(s.deploymentConfiguration)
                .deployments(List.ofAll(s.deployments).map(d -> {
                    List<TaskState> ofDeployment = live.filter(t -> t.startedBy.contains(d.id));
                    return d.toDeployment(ofDeployment.count(TaskState::isPending), ofDeployment.count(TaskState::isRunning));
                }))
                .events(List.ofAll(s.events))
                .createdAt(s.createdAt)
                .healthCheckGracePeriodSeconds(s.healthCheckGracePeriodSeconds)
                .tags(List.of(s.tags))
                .build();
    }
}
