package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.CleanUp.Step.Action;
import io.ecskit.port.in.CleanUp.Step.Resource;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * {@link CleanUp}, step by step as the seed does it; every step treats "already gone" as done, so
 * running it twice, or after a half-finished run, succeeds. The answer lists what was done.
 */
public final class CleanUpHandler implements CleanUp {

    private final ClusterPort clusters;
    private final ServicePort services;
    private final TaskPort tasks;
    private final ContainerInstancePort instances;
    private final TaskDefinitionPort taskDefinitions;
    private final LogPort logs;
    private final ImageRepositoryPort repositories;
    private final TimeSource time;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public CleanUpHandler(ClusterPort clusters, ServicePort services, TaskPort tasks, ContainerInstancePort instances,
                          TaskDefinitionPort taskDefinitions, LogPort logs, ImageRepositoryPort repositories, TimeSource time) {
        this.clusters = clusters;
        this.services = services;
        this.tasks = tasks;
        this.instances = instances;
        this.taskDefinitions = taskDefinitions;
        this.logs = logs;
        this.repositories = repositories;
        this.time = time;
    }

    @Override
    public Either<EcsError, CleanUp.Report> cleanUp(Command command, DeploymentProgress.Listener listener) {
        return ServiceSupport.whenValid(command.violations(), () -> steps(command, listener)).map(CleanUp.Report::new);
    }

    private Either<EcsError, Seq<CleanUp.Step>> steps(Command command, DeploymentProgress.Listener listener) {
        List<CleanUp.Step> done = List.empty();
        Either<EcsError, Seq<CleanUp.Step>> cluster = cleanCluster(command, listener);
        if (cluster.isLeft()) {
            return cluster;
        }
        done = done.appendAll(cluster.get());
        for (String family : command.deregisterFamily()) {
            Either<EcsError, Seq<TaskDefinitionArn>> active = taskDefinitions.list(Option.of(family), TaskDefinitionStatus.ACTIVE)
                    .map(arns -> arns.filter(a -> a.family().equals(family)));
            if (active.isLeft()) {
                return Either.left(active.getLeft());
            }
            for (TaskDefinitionArn arn : active.get()) {
                var deregistered = taskDefinitions.deregister(TaskDefinitionRef.of(arn.family(), arn.revision()));
                if (deregistered.isLeft()) {
                    return Either.left(deregistered.getLeft());
                }
                done = done.append(step(Action.DEREGISTERED, Resource.TASK_DEFINITION, arn.familyRevision()));
            }
        }
        for (LogGroupName group : command.deleteLogGroups()) {
            var deleted = logs.deleteGroup(group);
            if (deleted.isLeft() && !(deleted.getLeft() instanceof EcsError.ResourceNotFound)) {
                return Either.left(deleted.getLeft());
            }
            done = done.append(step(deleted.isRight() ? Action.DELETED : Action.ALREADY_GONE, Resource.LOG_GROUP, group.value()));
        }
        for (var repository : command.deleteRepository()) {
            var deleted = repositories.delete(repository, true);
            if (deleted.isLeft() && !(deleted.getLeft() instanceof EcsError.RepositoryNotFound)) {
                return Either.left(deleted.getLeft());
            }
            done = done.append(step(deleted.isRight() ? Action.DELETED : Action.ALREADY_GONE, Resource.REPOSITORY, repository.value()));
        }
        return Either.right(done);
    }

    private Either<EcsError, Seq<CleanUp.Step>> cleanCluster(Command command, DeploymentProgress.Listener listener) {
        ClusterName cluster = command.cluster();
        // one call settles a second run; emulators still list the services of a deleted cluster
        Either<EcsError, Boolean> active = clusters.describe(cluster).map(c -> c.exists(x -> x.status() != ClusterStatus.INACTIVE));
        if (active.isLeft() || !active.get()) {
            return active.map(no -> List.of(step(Action.ALREADY_GONE, Resource.CLUSTER, cluster.value())));
        }
        Either<EcsError, Seq<ServiceName>> targets = command.services().isEmpty()
                ? services.list(cluster).map(arns -> arns.map(a -> a.name()))
                : Either.right(command.services());
        if (targets.isLeft()) {
            return targets.getLeft() instanceof EcsError.ClusterNotFound
                    ? Either.right(List.of(step(Action.ALREADY_GONE, Resource.CLUSTER, cluster.value())))
                    : Either.left(targets.getLeft());
        }
        List<CleanUp.Step> done = List.empty();
        Instant deadline = time.now().plus(command.timeout());
        for (ServiceName service : targets.get()) {
            Either<EcsError, CleanUp.Step> removed = removeService(cluster, service, deadline, listener);
            if (removed.isLeft()) {
                return Either.left(removed.getLeft());
            }
            done = done.append(removed.get());
        }
        if (!command.services().isEmpty()) {
            return Either.right(done);
        }
        var listed = instances.list(cluster);
        if (listed.isLeft()) {
            return Either.left(listed.getLeft());
        }
        for (var instance : listed.get()) {
            var deregistered = instances.deregister(cluster, instance, true);
            if (deregistered.isLeft()) {
                return Either.left(deregistered.getLeft());
            }
            done = done.append(step(Action.DEREGISTERED, Resource.CONTAINER_INSTANCE, instance.id()));
        }
        // a service deleted by an earlier, interrupted run is DRAINING: ListServices no longer names it,
        // but its tasks still stop, and DeleteCluster refuses until they are gone: ask again until the deadline
        Either<EcsError, ?>[] attempt = new Either[1];
        pollUntil(deadline, () -> {
            attempt[0] = clusters.delete(cluster);
            boolean waiting = attempt[0].isLeft() && (attempt[0].getLeft() instanceof EcsError.ClusterContainsTasks
                    || attempt[0].getLeft() instanceof EcsError.ClusterContainsServices);
            return Either.right(!waiting);
        });
        var deleted = attempt[0];
        if (deleted.isLeft() && !(deleted.getLeft() instanceof EcsError.ClusterNotFound)) {
            return Either.left(deleted.getLeft());
        }
        return Either.right(done.append(step(deleted.isRight() ? Action.DELETED : Action.ALREADY_GONE, Resource.CLUSTER, cluster.value())));
    }

    private static CleanUp.Step step(Action action, Resource resource, String name) {
        return new CleanUp.Step(action, resource, name);
    }

    /** Scale to 0, wait for the tasks to stop, delete: the seed's three commands. */
    private Either<EcsError, CleanUp.Step> removeService(ClusterName cluster, ServiceName service, Instant deadline,
                                                 DeploymentProgress.Listener listener) {
        var scaled = services.update(ServiceUpdate.builder().cluster(cluster).service(service).desiredCount(0).build());
        if (scaled.isLeft()) {
            EcsError error = scaled.getLeft();
            if (error instanceof EcsError.ServiceNotFound || error instanceof EcsError.ServiceNotActive) {
                return Either.right(step(Action.ALREADY_GONE, Resource.SERVICE, service.value()));
            }
            return Either.left(error);
        }
        Either<EcsError, Boolean> stopped = waitForNoTasks(cluster, service, deadline, listener);
        if (stopped.isLeft()) {
            return Either.left(stopped.getLeft());
        }
        var deleted = services.delete(cluster, service, !stopped.get());
        if (deleted.isLeft() && !(deleted.getLeft() instanceof EcsError.ServiceNotFound
                || deleted.getLeft() instanceof EcsError.ServiceNotActive)) {
            return Either.left(deleted.getLeft());
        }
        Either<EcsError, Boolean> inactive = waitForInactive(cluster, service, deadline);
        if (inactive.isLeft()) {
            return Either.left(inactive.getLeft());
        }
        return Either.right(step(inactive.get() ? Action.DELETED : Action.STILL_DRAINING, Resource.SERVICE, service.value()));
    }

    /** DeleteCluster refuses while a draining service's tasks still stop: wait for INACTIVE. */
    private Either<EcsError, Boolean> waitForInactive(ClusterName cluster, ServiceName service, Instant deadline) {
        return pollUntil(deadline, () -> services.describe(cluster, List.of(service))
                .map(d -> d.found().forAll(s -> s.status() == ServiceStatus.INACTIVE)));
    }

    /** Right(true) once no task of the service runs; Right(false) when the deadline passed first. Reports the count left. */
    private Either<EcsError, Boolean> waitForNoTasks(ClusterName cluster, ServiceName service, Instant deadline,
                                                     DeploymentProgress.Listener listener) {
        Instant start = time.now();
        return pollUntil(deadline, () -> tasks.list(cluster, Option.of(service), TaskStatus.RUNNING).map(running -> {
            listener.onProgress(new DeploymentProgress(Option.none(), Option.none(), 0, 0, running.size(), 0, List.empty(),
                    Duration.between(start, time.now())));
            return running.isEmpty();
        }));
    }

    /** Polls {@code done} with back-off: Right(true) when it holds, Right(false) at the deadline, Left on an error. */
    private Either<EcsError, Boolean> pollUntil(Instant deadline, Supplier<Either<EcsError, Boolean>> done) {
        Backoff backoff = new Backoff();
        while (true) {
            Either<EcsError, Boolean> now = done.get();
            if (now.isLeft() || now.get()) {
                return now;
            }
            if (!time.now().isBefore(deadline)) {
                return Either.right(false);
            }
            try {
                time.sleep(backoff.next());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Either.right(false);
            }
        }
    }
}
