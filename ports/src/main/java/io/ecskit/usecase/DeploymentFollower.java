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
    private final io.ecskit.port.out.ServiceDeploymentPort serviceDeployments;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public DeploymentFollower(ServicePort services, TaskPort tasks, TimeSource time,
                              io.ecskit.port.out.ServiceDeploymentPort serviceDeployments) {
        this.services = services;
        this.tasks = tasks;
        this.time = time;
        this.serviceDeployments = serviceDeployments;
    }

    /** Follows {@code deploymentId}; service events older than {@code since} are not reported as new. */
    Either<EcsError, DeploymentOutcome> follow(ClusterName cluster, ServiceName name, DeploymentId deploymentId, Instant since,
                                               Duration timeout, DeploymentProgress.Listener listener, boolean registered) {
        return follow(cluster, name, deploymentId, since, timeout, listener, registered, false);
    }

    /** {@link #follow}, stopping the service deployment at the first task that cannot start when {@code failFast}. */
    Either<EcsError, DeploymentOutcome> follow(ClusterName cluster, ServiceName name, DeploymentId deploymentId, Instant since,
                                               Duration timeout, DeploymentProgress.Listener listener, boolean registered,
                                               boolean failFast) {
        Option<String> failedFast = Option.none();
        Instant start = time.now();
        Instant deadline = start.plus(timeout);
        Backoff backoff = new Backoff();
        Option<String> lastSeenEvent = Option.none();
        // what the deployment deploys, remembered: after a rollback it is gone from the service
        Option<TaskDefinitionRef> deployed = Option.none();
        Option<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> lastStage = Option.none();
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
            // BLUE_GREEN, LINEAR, CANARY: the stage and the traffic split, from the service deployment ECS names
            // (one more call a poll, so only for the strategies that have stages and weights to show)
            boolean shiftsTraffic = service.deploymentConfiguration().flatMap(c -> c.strategy())
                    .exists(st -> st != io.ecskit.domain.service.DeploymentStrategy.ROLLING);
            Option<io.ecskit.domain.service.ServiceDeployment> current = ours.isDefined() && shiftsTraffic
                    ? serviceDeployment(service) : Option.none();
            Option<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> stage = current.flatMap(sd -> sd.lifecycleStage());
            Option<Double> weight = current.flatMap(sd -> sd.targetServiceRevision()).flatMap(r -> r.requestedProductionTrafficWeight());
            // stages the deployment passed between two polls are reported too, in ECS's order, before this poll's
            for (io.ecskit.domain.service.ServiceDeploymentLifecycleStage passed : passedSince(lastStage, stage)) {
                ours.forEach(d -> listener.onProgress(new DeploymentProgress(Option.of(d.id()), d.rolloutState(), d.desiredCount(),
                        d.pendingCount(), d.runningCount(), d.failedTasks(), List.empty(), elapsed, Option.of(passed), weight)));
            }
            lastStage = stage.orElse(lastStage);
            ours.forEach(d -> listener.onProgress(new DeploymentProgress(Option.of(d.id()), d.rolloutState(), d.desiredCount(),
                    d.pendingCount(), d.runningCount(), d.failedTasks(), fresh, elapsed, stage, weight)));
            if (ours.isEmpty() && fresh.nonEmpty()) {
                listener.onProgress(new DeploymentProgress(Option.of(deploymentId), Option.none(), service.desiredCount(),
                        service.pendingCount(), service.runningCount(), 0, fresh, elapsed));
            }
            if (failFast && failedFast.isEmpty() && ours.exists(d -> d.rolloutState().contains(DeploymentRolloutState.IN_PROGRESS))) {
                failedFast = failFast(cluster, name, service, deploymentId);
            }
            Option<Result> result = judge(service, ours, deploymentId);
            if (result.isDefined()) {
                return Either.right(outcome(result.get(), cluster, service, deploymentId, deployed, elapsed, registered, failedFast));
            }
            if (!time.now().isBefore(deadline)) {
                return Either.right(outcome(Result.TIMED_OUT, cluster, service, deploymentId, deployed, elapsed, registered, failedFast));
            }
            if (!backoff.pause(time, deadline)) {
                return Either.right(outcome(Result.TIMED_OUT, cluster, service, deploymentId, deployed, elapsed, registered, failedFast));
            }
        }
    }

    /**
     * The lifecycle stages between the last one seen and {@code now} (both excluded), in ECS's order: the first poll
     * reports those from RECONCILE_SERVICE on; a stage seen again or an earlier one (a rollback) reports none.
     */
    static Seq<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> passedSince(
            Option<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> last,
            Option<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> now) {
        if (now.isEmpty()) {
            return List.empty();
        }
        int from = last.map(l -> l.ordinal() + 1).getOrElse(0);
        return List.of(io.ecskit.domain.service.ServiceDeploymentLifecycleStage.values())
                .filter(st -> st.ordinal() >= from && st.ordinal() < now.get().ordinal());
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

    /**
     * Fail fast: the first stopped task of our deployment whose cause retrying cannot fix stops the
     * service deployment with rollback; answers that cause, once the stop was accepted.
     */
    private Option<String> failFast(ClusterName cluster, ServiceName name, Service service, DeploymentId deploymentId) {
        Option<String> cause = stoppedTasks(cluster, name, deploymentId).filter(t -> t.startedBy().contains(deploymentId.value()))
                .flatMap(t -> t.stoppedReason().filter(DeploymentFollower::unfixable).map(r -> "task " + t.id() + ": " + r)
                        .orElse(() -> Option.when(t.stopCode().exists(c -> c.wire().equals("EssentialContainerExited"))
                                && t.startedAt().isEmpty(), () -> "task " + t.id() + ": essential container exited before it ran")))
                .headOption();
        return cause.filter(c -> service.currentServiceDeployment().exists(arn -> serviceDeployments.stop(arn,
                io.ecskit.domain.service.StopServiceDeploymentStopType.ROLLBACK).isRight()));
    }

    private static boolean unfixable(String stoppedReason) {
        return stoppedReason.startsWith("CannotPullContainerError") || stoppedReason.startsWith("ResourceInitializationError");
    }

    private DeploymentOutcome outcome(Result result, ClusterName cluster, Service service, DeploymentId deploymentId, Option<TaskDefinitionRef> deployed,
                                      Duration waited, boolean registered) {
        return outcome(result, cluster, service, deploymentId, deployed, waited, registered, Option.none());
    }

    private DeploymentOutcome outcome(Result result, ClusterName cluster, Service service, DeploymentId deploymentId, Option<TaskDefinitionRef> deployed,
                                      Duration waited, boolean registered, Option<String> failedFast) {
        Seq<Task> stopped = result == Result.SUCCEEDED ? List.empty() : stoppedTasks(cluster, service.serviceName(), deploymentId);
        Option<TaskDefinitionRef> taskDefinition = deployed.orElse(service.taskDefinition());
        return new DeploymentOutcome(result, deploymentId, taskDefinition, Option.of(service), stopped,
                service.events().take(RECENT_EVENTS), waited, registered, false, List.empty(), serviceDeployment(service), failedFast);
    }

    /**
     * The service deployment the service names as current (ECS sets {@code currentServiceDeployment}
     * since Oct 2024): its stages, traffic weights, hooks, alarms and rollback reason. One extra
     * call, made only when the backend names one; a backend that cannot describe it costs nothing more.
     */
    private Option<io.ecskit.domain.service.ServiceDeployment> serviceDeployment(Service service) {
        return service.currentServiceDeployment().flatMap(arn -> serviceDeployments.describe(List.of(arn)).toOption()
                .flatMap(d -> d.found().headOption()));
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
