package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceEvent;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Follows one deployment, by id, to an outcome. Unlike the SDK's ServicesStable waiter it reads
 * rolloutState, so a circuit-breaker rollback is ROLLED_BACK, not "stable", and it waits as long
 * as the caller says, not 10 minutes.
 */
public final class DeploymentFollower {

    private static final int RECENT_EVENTS = 10;

    private final ServicePort services;
    private final TaskPort tasks;
    private final TimeSource time;

    @Inject
    public DeploymentFollower(ServicePort services, TaskPort tasks, TimeSource time) {
        this.services = services;
        this.tasks = tasks;
        this.time = time;
    }

    /** Follows {@code deploymentId}; service events older than {@code since} are not reported as new. */
    Either<EcsError, DeploymentOutcome> follow(ClusterName cluster, ServiceName name, DeploymentId deploymentId, Instant since,
                                               Duration timeout, DeploymentProgress.Listener listener, boolean registered) {
        Instant start = time.now();
        Instant deadline = start.plus(timeout);
        Backoff backoff = new Backoff();
        Option<String> lastSeenEvent = Option.none();
        // what the deployment deploys, remembered: after a rollback it is gone from the service
        Option<TaskDefinitionRef> deployed = Option.none();
        while (true) {
            Either<EcsError, Option<Service>> described = services.describe(cluster, List.of(name)).map(d -> d.found().headOption());
            if (described.isLeft()) {
                return Either.left(described.getLeft());
            }
            if (described.get().isEmpty()) {
                return Either.left(EcsError.ServiceNotFound.of());
            }
            Service service = described.get().get();
            Option<Deployment> ours = service.deployment(deploymentId);
            deployed = ours.flatMap(Deployment::taskDefinition).orElse(deployed);
            Seq<ServiceEvent> fresh = newEvents(service.events(), lastSeenEvent).filter(e -> !e.createdAt().isBefore(since));
            lastSeenEvent = service.events().headOption().map(ServiceEvent::id).orElse(lastSeenEvent);
            Duration elapsed = Duration.between(start, time.now());
            ours.forEach(d -> listener.onProgress(new DeploymentProgress(Option.of(d.id()), d.rolloutState(), d.desiredCount(),
                    d.pendingCount(), d.runningCount(), d.failedTasks(), fresh, elapsed)));
            if (ours.isEmpty() && fresh.nonEmpty()) {
                listener.onProgress(new DeploymentProgress(Option.of(deploymentId), Option.none(), service.desiredCount(),
                        service.pendingCount(), service.runningCount(), 0, fresh, elapsed));
            }
            Option<Result> result = judge(service, ours, deploymentId);
            if (result.isDefined()) {
                return Either.right(outcome(result.get(), cluster, service, deploymentId, deployed, elapsed, registered));
            }
            if (!time.now().isBefore(deadline)) {
                return Either.right(outcome(Result.TIMED_OUT, cluster, service, deploymentId, deployed, elapsed, registered));
            }
            try {
                Duration pause = backoff.next();
                Duration left = Duration.between(time.now(), deadline);
                time.sleep(pause.compareTo(left) < 0 ? pause : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Either.right(outcome(Result.TIMED_OUT, cluster, service, deploymentId, deployed, elapsed, registered));
            }
        }
    }

    /** The outcome once it is known, from the deployment's rolloutState and what is PRIMARY now. */
    private static Option<Result> judge(Service service, Option<Deployment> ours, DeploymentId deploymentId) {
        Option<Deployment> primary = service.primaryDeployment();
        boolean oursIsPrimary = primary.exists(p -> p.id().equals(deploymentId));
        if (ours.isDefined()) {
            Deployment d = ours.get();
            if (d.rolloutState().contains(DeploymentRolloutState.FAILED)) {
                return Option.of(oursIsPrimary ? Result.FAILED : Result.ROLLED_BACK);
            }
            // COMPLETED alone is not enough after a count-only update: the deployment stays COMPLETED
            // while new tasks start, so success also needs it alone and at its desired count
            boolean steady = service.deployments().size() == 1 && d.runningCount() == d.desiredCount()
                    && d.pendingCount() == 0;
            if (oursIsPrimary && steady && !d.rolloutState().contains(DeploymentRolloutState.IN_PROGRESS)) {
                return Option.of(Result.SUCCEEDED);
            }
            return oursIsPrimary ? Option.none() : Option.of(Result.SUPERSEDED);
        }
        // ours is gone: it was rolled back if the rollback is still in progress, or (once the rollback has
        // completed between two polls) if ECS's event says so; else a later deployment replaced it
        String rollingBack = "(deployment " + deploymentId.value() + ") deployment failed: rolling back";
        boolean rolledBack = primary.flatMap(Deployment::rolloutStateReason)
                .exists(r -> r.startsWith("ECS deployment circuit breaker: rolling back"))
                || service.events().exists(e -> e.message().contains(rollingBack));
        return Option.of(rolledBack ? Result.ROLLED_BACK : Result.SUPERSEDED);
    }

    private DeploymentOutcome outcome(Result result, ClusterName cluster, Service service, DeploymentId deploymentId, Option<TaskDefinitionRef> deployed,
                                      Duration waited, boolean registered) {
        Seq<Task> stopped = result == Result.SUCCEEDED ? List.empty() : stoppedTasks(cluster, service.serviceName(), deploymentId);
        Option<TaskDefinitionRef> taskDefinition = deployed.orElse(service.taskDefinition());
        return new DeploymentOutcome(result, deploymentId, taskDefinition, Option.of(service), stopped,
                service.events().take(RECENT_EVENTS), waited, registered, false, List.empty());
    }

    /** The deployment's stopped tasks, with their stop codes and reasons (why it failed). */
    private Seq<Task> stoppedTasks(ClusterName cluster, ServiceName service, DeploymentId deploymentId) {
        return tasks.list(cluster, Option.of(service), TaskStatus.STOPPED)
                .flatMap(arns -> arns.isEmpty() ? Either.right(List.<Task>empty())
                        : tasks.describe(cluster, arns).map(d -> d.found()))
                .map(found -> found.filter(t -> t.startedBy().contains(deploymentId.value()) || t.startedBy().isEmpty()))
                .getOrElse(List.empty());
    }

    private static Seq<ServiceEvent> newEvents(Seq<ServiceEvent> events, Option<String> lastSeen) {
        Seq<ServiceEvent> newestFirst = lastSeen.map(id -> events.takeWhile(e -> !e.id().equals(id))).getOrElse(events);
        return newestFirst.reverse();
    }
}
