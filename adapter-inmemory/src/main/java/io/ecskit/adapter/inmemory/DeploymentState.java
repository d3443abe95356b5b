package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.LaunchType;
import io.vavr.control.Option;

import java.time.Instant;

/** A simulated deployment of a service; mutable, guarded by the state lock. */
final class DeploymentState {

    final String id;
    final String taskDefinitionArn;
    final Option<LaunchType> launchType;
    final Option<String> platformVersion;
    final Option<AwsVpcConfiguration> network;
    final Instant createdAt;
    DeploymentStatus status = DeploymentStatus.PRIMARY;
    int desiredCount;
    int failedTasks;
    Instant updatedAt;
    RolloutState rolloutState = DeploymentRolloutState.IN_PROGRESS;
    String rolloutStateReason;
    /** False once the circuit breaker stopped it: it launches no more tasks. */
    boolean launching = true;

    DeploymentState(String id, String taskDefinitionArn, int desiredCount, Option<LaunchType> launchType,
                    Option<String> platformVersion, Option<AwsVpcConfiguration> network, Instant now) {
        this.id = id;
        this.taskDefinitionArn = taskDefinitionArn;
        this.desiredCount = desiredCount;
        this.launchType = launchType;
        this.platformVersion = platformVersion;
        this.network = network;
        this.createdAt = now;
        this.updatedAt = now;
        this.rolloutStateReason = "ECS deployment " + id + " in progress.";
    }

    Deployment toDeployment(int pending, int running) {
        return Deployment.builder()
                .id(id)
                .status(status)
                .taskDefinition(taskDefinitionArn)
                .desiredCount(desiredCount)
                .pendingCount(pending)
                .runningCount(running)
                .failedTasks(failedTasks)
                .createdAt(createdAt)
                .updatedAt(updatedAt)
                .launchType(launchType)
                .platformVersion(platformVersion)
                .networkConfiguration(network)
                .rolloutState(rolloutState)
                .rolloutStateReason(rolloutStateReason)
                .build();
    }
}
