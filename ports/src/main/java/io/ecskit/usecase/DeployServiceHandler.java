package io.ecskit.usecase;

import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.AwslogsOptions;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionComparison;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
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

    @Inject
    public DeployServiceHandler(ClusterPort clusters, LogPort logs, TaskDefinitionPort taskDefinitions,
                                ServicePort services, DeploymentFollower follower, TimeSource time) {
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
        return ServiceSupport.whenValid(command.violations(), () -> ensureCluster(command)
                .flatMap(ok -> ensureLogGroups(command.taskDefinition()))
                .flatMap(ok -> activeService(command))
                .flatMap(existing -> registerIfChanged(command.taskDefinition(), existing)
                        .flatMap(registered -> createOrUpdate(command, registered._1, existing)
                                .flatMap(deploymentId -> follow(command, started, listener, registered, deploymentId)))));
    }

    private Either<EcsError, DeploymentOutcome> follow(Command command, Instant started, DeploymentProgress.Listener listener,
                                                       Tuple2<RegisteredTaskDefinition, Boolean> registered, String deploymentId) {
        if (!command.waitForOutcome()) {
            return Either.right(new DeploymentOutcome(DeploymentOutcome.Result.NOT_FOLLOWED, deploymentId,
                    registered._1.arn().toString(), Option.none(), List.empty(), List.empty(), Duration.ZERO, registered._2));
        }
        return follower.follow(command.cluster(), command.service(), deploymentId, started, command.timeout(), listener,
                registered._2);
    }

    private Either<EcsError, Boolean> ensureCluster(Command command) {
        return clusters.describe(command.cluster()).flatMap(found -> found.exists(c -> c.status() == ClusterStatus.ACTIVE)
                ? Either.right(false)
                : clusters.create(ClusterSpec.named(command.cluster())).map(c -> true));
    }

    /** The awslogs group of every container; creating one that appeared meanwhile is fine. */
    private Either<EcsError, Boolean> ensureLogGroups(TaskDefinition td) {
        Seq<LogGroupName> groups = td.containerDefinitions()
                .flatMap(c -> c.logConfiguration().flatMap(l -> l.awslogs()).flatMap(AwslogsOptions::group))
                .distinct().map(LogGroupName::new);
        for (LogGroupName group : groups) {
            Either<EcsError, Boolean> ensured = logs.describeGroup(group).flatMap(found -> found.isDefined()
                    ? Either.right(false)
                    : logs.createGroup(group, Option.none()).map(g -> true)
                            .orElse(() -> logs.describeGroup(group).map(again -> again.isDefined())));
            if (ensured.isLeft()) {
                return ensured;
            }
        }
        return Either.right(true);
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
                        .flatMap(target -> taskDefinitions.register(RollbackPointer.pointing(td, target)))
                        .map(r -> Tuple.of(r, true))));
    }

    private Either<EcsError, Option<Service>> activeService(Command command) {
        return services.describe(command.cluster(), List.of(command.service()))
                .map(d -> d.found().find(s -> s.status() == ServiceStatus.ACTIVE));
    }

    /** Creates the service or updates only what changed; the answer is the deployment to follow. */
    private Either<EcsError, String> createOrUpdate(Command command, RegisteredTaskDefinition td, Option<Service> existing) {
        return existing.isDefined()
                ? update(command, td, existing.get())
                : services.create(spec(command, td)).map(DeployServiceHandler::primaryId);
    }

    private ServiceSpec spec(Command command, RegisteredTaskDefinition td) {
        return ServiceSpec.builder()
                .cluster(command.cluster())
                .name(command.service())
                .taskDefinition(TaskDefinitionRef.of(td.family(), td.revision()))
                .desiredCount(command.desiredCount())
                .launchType(command.launchType())
                .networkConfiguration(command.network())
                .loadBalancers(command.loadBalancers())
                .deploymentConfiguration(command.deploymentConfiguration())
                // CreateService clientToken: at most 36 characters (ECS idempotency)
                .clientToken(UUID.randomUUID().toString())
                .build();
    }

    /** UpdateService with only what changed; no call at all when nothing did (the deploy is a no-op). */
    private Either<EcsError, String> update(Command command, RegisteredTaskDefinition td, Service existing) {
        boolean newTaskDefinition = !existing.taskDefinition().equals(td.arn().toString());
        ServiceChanges changes = ServiceChanges.between(existing, command);
        if (!newTaskDefinition && changes.isEmpty()) {
            return Either.right(primaryId(existing));
        }
        ServiceUpdate.Builder update = changes.applyTo(ServiceUpdate.builder().cluster(command.cluster()).name(command.service()));
        if (newTaskDefinition) {
            update.taskDefinition(TaskDefinitionRef.of(td.family(), td.revision()));
        }
        return services.update(update.build()).map(DeployServiceHandler::primaryId);
    }

    private static String primaryId(Service service) {
        return service.primaryDeployment().map(Deployment::id)
                .getOrElse(() -> service.deployments().headOption().map(Deployment::id).getOrElse(""));
    }
}
