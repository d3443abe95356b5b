package io.ecskit.port.in;

import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceEvent;
import io.ecskit.domain.task.Task;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * How the deployment a deploy started ended. {@code taskDefinitionArn} is the revision that deployment
 * deployed (after a rollback the service runs another: see {@code service}). {@code stoppedTasks} and
 * {@code recentEvents} say why when it did not succeed: the stop codes and reasons of its failed
 * tasks, and the service's events.
 */
public record DeploymentOutcome(
        Result result, String deploymentId, String taskDefinitionArn, Option<Service> service,
        Seq<Task> stoppedTasks, Seq<ServiceEvent> recentEvents, Duration waited, boolean registeredNewRevision) {

    public enum Result {
        /** The deployment reached COMPLETED with the desired count running. */
        SUCCEEDED,
        /** The deployment FAILED (circuit breaker) and was not rolled back. */
        FAILED,
        /** The deployment FAILED and ECS rolled back to the last one that completed. */
        ROLLED_BACK,
        /** Another deployment replaced it before it finished. */
        SUPERSEDED,
        /** The deadline passed first. */
        TIMED_OUT,
        /** The caller asked not to wait. */
        NOT_FOLLOWED
    }

    public boolean succeeded() {
        return result == Result.SUCCEEDED || result == Result.NOT_FOLLOWED;
    }
}
