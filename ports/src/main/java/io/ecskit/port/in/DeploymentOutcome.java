package io.ecskit.port.in;

import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceEvent;
import io.ecskit.domain.task.Task;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * How the deployment a deploy started ended.
 *
 * @param result how it ended
 * @param deploymentId the deployment followed
 * @param taskDefinition the revision that deployment deployed (after a rollback the service runs another: see {@code service})
 * @param service the service as last described
 * @param stoppedTasks the deployment's stopped tasks, with stop codes and reasons: why it did not succeed
 * @param recentEvents the service's newest events
 * @param waited how long the deploy followed the deployment
 * @param registeredNewRevision whether the deploy registered a new revision (false: it reused the latest)
 * @param createdCluster whether the deploy created the cluster (it did not exist, or was INACTIVE)
 * @param createdLogGroups the awslogs groups the deploy created because they did not exist
 */
public record DeploymentOutcome(
        Result result, DeploymentId deploymentId, Option<TaskDefinitionRef> taskDefinition, Option<Service> service,
        Seq<Task> stoppedTasks, Seq<ServiceEvent> recentEvents, Duration waited, boolean registeredNewRevision,
        boolean createdCluster, Seq<LogGroupName> createdLogGroups,
        Option<io.ecskit.domain.service.ServiceDeployment> serviceDeployment, Option<String> failedFast) {

    /** The same outcome, saying what the deploy created before the deployment started. */
    public DeploymentOutcome withCreated(boolean cluster, Seq<LogGroupName> logGroups) {
        return new DeploymentOutcome(result, deploymentId, taskDefinition, service, stoppedTasks, recentEvents, waited,
                registeredNewRevision, cluster, logGroups, serviceDeployment, failedFast);
    }

    /** How a followed deployment ended. */
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
        /** The caller asked not to wait: nothing is known about the outcome. */
        NOT_FOLLOWED
    }

    /**
     * This outcome when it {@link #succeeded()}, for callers who prefer exceptions.
     *
     * @throws DeploymentFailedException otherwise, with the result, the stopped tasks' reasons and the rollback reason
     */
    public DeploymentOutcome orThrow() {
        if (!succeeded()) {
            throw new DeploymentFailedException(this);
        }
        return this;
    }

    /** Only a deployment seen to complete succeeded: NOT_FOLLOWED is not success. */
    public boolean succeeded() {
        return result == Result.SUCCEEDED;
    }
}
