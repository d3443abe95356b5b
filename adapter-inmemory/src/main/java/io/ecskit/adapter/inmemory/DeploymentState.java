package io.ecskit.adapter.inmemory;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Members;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.Service;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Map;

/** A simulated deployment of a service; mutable, guarded by the state lock. */
final class DeploymentState {

    /** A rollback this failed deployment calls for and that is not made yet (its step failed half-way); null when none. */
    String rollbackDue;
    /** The rollback deployment made for this failed one (a retried rollback finishes instead of starting another). */
    DeploymentState rolledBackBy;

    final DeploymentId id;
    final TaskDefinitionArn taskDefinition;
    /**
     * For a deployment that shifts traffic (BLUE_GREEN, LINEAR, CANARY) behind modelled load balancers: each primary target
     * group → the target group its tasks register in (the one the production listener rule does not send traffic to).
     */
    final java.util.Map<String, String> greenTargetGroups = new java.util.HashMap<>();

    /** The service's settings when the deployment started: what its tasks run with. */
    final Service settings;
    final Instant createdAt;
    DeploymentStatus status = DeploymentStatus.PRIMARY;
    int desiredCount;
    int failedTasks;
    /** Failures the circuit breaker counts: all of them, or (resetOnHealthyTask, ECS's default) since the last healthy task. */
    int breakerFailures;
    Instant updatedAt;
    DeploymentRolloutState rolloutState = DeploymentRolloutState.IN_PROGRESS;
    String rolloutStateReason;
    /** Started by a rollback: alarms no longer fail it (ECS watches the deployment that rolls back, not the rollback). */
    boolean isRollback;
    /** The service revision it deploys (a rollback deploys its target's revision again). */
    String revisionArn;
    /** False once the circuit breaker stopped it: it launches no more tasks. */
    boolean launching = true;

    DeploymentState(DeploymentId id, TaskDefinitionArn taskDefinition, Service settings, Instant now) {
        this.id = id;
        this.taskDefinition = taskDefinition;
        this.settings = settings;
        this.desiredCount = settings.desiredCount();
        this.createdAt = now;
        this.updatedAt = now;
        this.rolloutStateReason = "ECS deployment " + id + " in progress.";
    }

    /** The rollout FAILED for {@code reason}: it launches no more tasks. */
    void fail(String reason, Instant now) {
        rolloutState = DeploymentRolloutState.FAILED;
        rolloutStateReason = reason;
        launching = false;
        updatedAt = now;
    }

    Option<LaunchType> launchType() {
        return settings.launchType();
    }

    Option<NetworkConfiguration> network() {
        return settings.networkConfiguration();
    }

    /** What DescribeServices shows of the deployment: the settings it runs with, and its counts and state. */
    Deployment toDeployment(int pending, int running) {
        return Members.from(settings, Deployment.class, Map.ofEntries(
                Map.entry("id", id),
                Map.entry("status", status),
                Map.entry("taskDefinition", taskDefinition.ref()),
                Map.entry("desiredCount", desiredCount),
                Map.entry("pendingCount", pending),
                Map.entry("runningCount", running),
                Map.entry("failedTasks", failedTasks),
                Map.entry("createdAt", createdAt),
                Map.entry("updatedAt", updatedAt),
                Map.entry("rolloutState", rolloutState),
                Map.entry("rolloutStateReason", rolloutStateReason),
                // a deployment runs a resolved platform version: LATEST is 1.4.0 on Linux, 1.0.0 on Windows
                Map.entry("platformVersion", settings.platformVersion().map(v -> !v.equals("LATEST") ? v
                        : settings.platformFamily().exists(f -> f.startsWith("WINDOWS")) ? "1.0.0" : "1.4.0"))));
    }
}
