package io.ecskit.usecase;

import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceSpecBuilder;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.AwslogsOptions;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionComparison;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.domain.scaling.DescribeScalableTargetsRequest;
import io.ecskit.domain.scaling.ScalableDimension;
import io.ecskit.domain.scaling.ServiceAutoScaling;
import io.ecskit.domain.scaling.ServiceNamespace;
import io.ecskit.port.out.AutoScalingPort;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TimeSource;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** {@link DeployService}: validate, ensure, register if changed, create or update, follow. */
public final class DeployServiceHandler implements DeployService {

    private final ClusterPort clusters;
    private final LogPort logs;
    private final TaskDefinitionPort taskDefinitions;
    private final ServicePort services;
    private final DeploymentFollower follower;
    private final TimeSource time;
    private final AutoScalingPort scaling;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public DeployServiceHandler(ClusterPort clusters, LogPort logs, TaskDefinitionPort taskDefinitions,
                                ServicePort services, DeploymentFollower follower, TimeSource time, AutoScalingPort scaling) {
        this.scaling = scaling;
        this.clusters = clusters;
        this.logs = logs;
        this.taskDefinitions = taskDefinitions;
        this.services = services;
        this.follower = follower;
        this.time = time;
    }

    @Override
    public Either<EcsError, DeploymentOutcome> deploy(Command command, DeploymentProgress.Listener listener) {
        Instant started = time.now();
        return ServiceSupport.whenValid(command.violations(), () -> {
            ServiceName name = command.serviceName().get();
            return scalingServed(command).flatMap(served -> ensureCluster(command).flatMap(createdCluster -> ensureLogGroups(command)
                    .flatMap(createdGroups -> activeService(command, name)
                            .flatMap(existing -> registerIfChanged(command.taskDefinition(), existing)
                                    .flatMap(registered -> createOrUpdate(command, name, registered._1, existing)
                                            .flatMap(deploymentId -> applyScaling(command, deploymentId).flatMap(scaled ->
                                                    follow(command, name, started, listener, registered, deploymentId)))))
                            .map(outcome -> outcome.withCreated(createdCluster, createdGroups)))));
        });
    }

    /**
     * Before anything changes: a deploy with auto scaling needs a backend that serves Application Auto Scaling (the AWS
     * backend refuses it by name, rule scalingAwsClient), asked with a read of the service's scalable target.
     */
    private Either<EcsError, io.ecskit.domain.Done> scalingServed(Command command) {
        return command.autoScalingOfService().map(a -> scaling.scalableTargets(DescribeScalableTargetsRequest.builder()
                        .serviceNamespace(ServiceNamespace.ECS).resourceIds(List.of(a.target().resourceId()))
                        .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).build()).map(found -> io.ecskit.domain.Done.DONE))
                .getOrElse(Either.right(io.ecskit.domain.Done.DONE));
    }

    /**
     * The service's scalable target, then its policies, then its scheduled actions (each a put: repeating it changes
     * nothing, so deploying again finishes what a refusal stopped). A refusal says that the service was changed and its
     * deployment started, where the scaling stopped, and Application Auto Scaling's own words.
     */
    private Either<EcsError, io.ecskit.domain.Done> applyScaling(Command command, DeploymentId deploymentId) {
        if (command.autoScalingOfService().isEmpty()) {
            return Either.right(io.ecskit.domain.Done.DONE);
        }
        ServiceAutoScaling a = command.autoScalingOfService().get();
        java.util.List<String> done = new java.util.ArrayList<>();
        java.util.List<java.util.Map.Entry<String, java.util.function.Supplier<Either<EcsError, ?>>>> puts = new java.util.ArrayList<>();
        puts.add(java.util.Map.entry("RegisterScalableTarget " + a.target().resourceId(), () -> scaling.registerScalableTarget(a.target())));
        a.policies().forEach(p -> puts.add(java.util.Map.entry("PutScalingPolicy " + p.policyName(), () -> scaling.putScalingPolicy(p))));
        a.scheduledActions().forEach(s -> puts.add(java.util.Map.entry("PutScheduledAction " + s.scheduledActionName(), () -> scaling.putScheduledAction(s))));
        for (var put : puts) {
            Either<EcsError, ?> answer = put.getValue().get();
            if (answer.isLeft()) {
                EcsError e = answer.getLeft();
                return Either.left(new EcsError.Other(e.code(), "the service was deployed (deployment " + deploymentId.value() + " started), but its auto "
                        + "scaling stopped at " + put.getKey() + (done.isEmpty() ? "" : " (done: " + String.join(", ", done) + ")") + ": " + e.message()
                        + " Deploy again once it is fixed: every put is repeated safely.", io.vavr.control.Option.none()));
            }
            done.add(put.getKey());
        }
        return Either.right(io.ecskit.domain.Done.DONE);
    }

    private Either<EcsError, DeploymentOutcome> follow(Command command, ServiceName name, Instant started,
                                                       DeploymentProgress.Listener listener,
                                                       Tuple2<RegisteredTaskDefinition, Boolean> registered, DeploymentId deploymentId) {
        if (!command.waitForOutcome()) {
            return Either.right(new DeploymentOutcome(DeploymentOutcome.Result.NOT_FOLLOWED, deploymentId,
                    Option.of(registered._1.taskDefinitionArn().ref()), Option.none(), List.empty(), List.empty(), Duration.ZERO, registered._2,
                    false, List.empty(), Option.none(), Option.none()));
        }
        return follower.follow(command.cluster(), name, deploymentId, started, command.effectiveTimeout(), listener, registered._2,
                command.failFast());
    }

    private Either<EcsError, Boolean> ensureCluster(Command command) {
        return clusters.describe(command.cluster()).flatMap(found -> found.exists(c -> c.status() == ClusterStatus.ACTIVE)
                ? Either.right(false)
                : clusters.create(ClusterSpec.builder().clusterName(command.cluster().value()).build()).map(c -> true));
    }

    /** The awslogs group of every container; creating one that appeared meanwhile is fine. The answer: those created. */
    private Either<EcsError, Seq<LogGroupName>> ensureLogGroups(Command command) {
        List<LogGroupName> created = List.empty();
        for (LogGroupName group : command.logGroups()) {
            Either<EcsError, Boolean> ensured = logs.describeGroup(group).flatMap(found -> found.isDefined()
                    ? Either.right(false)
                    : createdOrAppeared(group));
            if (ensured.isLeft()) {
                return Either.left(ensured.getLeft());
            }
            created = ensured.get() ? created.append(group) : created;
        }
        return Either.right(created);
    }

    /** Creates the group; one that another caller created meanwhile is there too (false); any other failure stands. */
    private Either<EcsError, Boolean> createdOrAppeared(LogGroupName group) {
        Either<EcsError, Boolean> created = logs.createGroup(group, Option.none()).map(g -> true);
        if (created.isRight()) {
            return created;
        }
        return logs.describeGroup(group).flatMap(again -> again.isDefined()
                ? Either.<EcsError, Boolean>right(false) : Either.<EcsError, Boolean>left(created.getLeft()));
    }

    /**
     * The latest ACTIVE revision when it means the same; else a new revision, pointing back to the one
     * that last completed a deployment (what a rollback returns to). Second: whether one was registered.
     */
    private Either<EcsError, Tuple2<RegisteredTaskDefinition, Boolean>> registerIfChanged(TaskDefinition td,
                                                                                         Option<Service> existing) {
        return taskDefinitions.describe(TaskDefinitionRef.latest(td.family())).flatMap(latest -> latest
                .filter(r -> TaskDefinitionComparison.sameAs(r.definition(), td))
                .map(r -> Either.<EcsError, Tuple2<RegisteredTaskDefinition, Boolean>>right(Tuple.of(r, false)))
                .getOrElse(() -> RollbackPointer.lastCompleted(taskDefinitions, existing)
                        .flatMap(target -> ServiceSupport.writeOrFind(
                                () -> taskDefinitions.register(RollbackPointer.pointing(td, target)),
                                () -> registeredMeanwhile(td)))
                        .map(r -> Tuple.of(r, true))));
    }

    /**
     * After a RegisterTaskDefinition whose answer was lost: the latest revision, when it means
     * {@code td} (it did not before the call, so that call registered it).
     */
    private Either<EcsError, Option<RegisteredTaskDefinition>> registeredMeanwhile(TaskDefinition td) {
        return taskDefinitions.describe(TaskDefinitionRef.latest(td.family()))
                .map(latest -> latest.filter(r -> TaskDefinitionComparison.sameAs(r.definition(), td)));
    }

    private Either<EcsError, Option<Service>> activeService(Command command, ServiceName name) {
        return services.describe(command.cluster(), List.of(name))
                .map(d -> d.found().find(s -> s.status() == ServiceStatus.ACTIVE));
    }

    /** Creates the service or updates only what changed; the answer is the deployment to follow. */
    private Either<EcsError, DeploymentId> createOrUpdate(Command command, ServiceName name, RegisteredTaskDefinition td,
                                                          Option<Service> existing) {
        return existing.isDefined()
                ? update(command, name, td, existing.get())
                : services.create(spec(command, td)).flatMap(ServiceSupport::primaryId);
    }

    /** Every setting of the command, the registered revision, and a clientToken (CreateService: at most 36 characters). */
    private static ServiceSpec spec(Command command, RegisteredTaskDefinition td) {
        ServiceSpecBuilder spec = command.service().toBuilder()
                .cluster(command.cluster())
                .taskDefinition(td.taskDefinitionArn().ref());
        if (command.service().clientToken().isEmpty()) {
            spec.clientToken(UUID.randomUUID().toString());
        }
        boolean daemon = command.service().schedulingStrategy().exists(s -> s.name().equals("DAEMON"));
        if (command.service().desiredCount().isEmpty() && !daemon) {
            // deploy's documented default; CreateService itself would start a REPLICA service with none
            spec.desiredCount(command.desiredCount());
        }
        return spec.build();
    }

    /** UpdateService with only what changed; no call at all when nothing did (the deploy is a no-op). */
    private Either<EcsError, DeploymentId> update(Command command, ServiceName name, RegisteredTaskDefinition td, Service existing) {
        boolean newTaskDefinition = !existing.taskDefinition().exists(ref -> ref.sameRevision(td.taskDefinitionArn().ref()));
        ServiceChanges changes = ServiceChanges.between(existing, command.service(), command.cluster(), name);
        if (!newTaskDefinition && changes.isEmpty()) {
            return ServiceSupport.primaryId(existing);
        }
        ServiceUpdate update = newTaskDefinition
                ? changes.update().toBuilder().taskDefinition(td.taskDefinitionArn().ref()).build()
                : changes.update();
        return ServiceSupport.writeOrFind(() -> services.update(update), () -> updatedMeanwhile(command, name, td, newTaskDefinition))
                .flatMap(ServiceSupport::primaryId);
    }

    /**
     * After an UpdateService whose answer was lost: the service when that call took effect, else none.
     * An UpdateService is applied whole, so one that changed the revision took effect when the service
     * runs {@code td}; one that changed only settings, when the service has every setting of the command.
     */
    private Either<EcsError, Option<Service>> updatedMeanwhile(Command command, ServiceName name, RegisteredTaskDefinition td,
                                                              boolean newTaskDefinition) {
        return activeService(command, name).map(now -> now.filter(s -> newTaskDefinition
                ? s.taskDefinition().exists(ref -> ref.sameRevision(td.taskDefinitionArn().ref()))
                : ServiceChanges.between(s, command.service(), command.cluster(), name).isEmpty()));
    }

}
