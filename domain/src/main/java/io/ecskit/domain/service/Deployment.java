package io.ecskit.domain.service;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * A deployment of a service as DescribeServices reports it.
 *
 * @param id Deployment ID, ecs-svc/ and 19 digits.
 * @param status PRIMARY (the newest), ACTIVE (older, still running tasks) or INACTIVE (fully replaced).
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN.
 * @param desiredCount Number of tasks to keep running; 0 or more; 1 for a REPLICA service when absent.
 * @param pendingCount Tasks of this deployment in PENDING.
 * @param runningCount Tasks of this deployment in RUNNING.
 * @param failedTasks Tasks of this deployment that failed to reach RUNNING (counted by the circuit breaker).
 * @param createdAt When the deployment was created.
 * @param updatedAt When the deployment last changed.
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param platformFamily Operating system family of the tasks' platform.
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param rolloutState IN_PROGRESS, COMPLETED or FAILED (for services with the circuit breaker or alarms).
 * @param rolloutStateReason Why the rollout is in its state, e.g. "ECS deployment ecs-svc/... completed."
 * @param serviceConnectConfiguration Service Connect settings: namespace, the services this one offers, logging.
 * @param serviceConnectResources Cloud Map resources Service Connect created for the deployment.
 * @param volumeConfigurations Volumes (Amazon EBS) configured at launch for the tasks, by volume name.
 * @param fargateEphemeralStorage KMS key of the tasks' Fargate ephemeral storage.
 * @param vpcLatticeConfigurations VPC Lattice target groups the tasks register with.
 */
@Value.Builder
public record Deployment(
        DeploymentId id,
        DeploymentStatus status,
        Option<TaskDefinitionRef> taskDefinition,
        int desiredCount,
        int pendingCount,
        int runningCount,
        int failedTasks,
        Option<Instant> createdAt,
        Option<Instant> updatedAt,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<LaunchType> launchType,
        Option<String> platformVersion,
        Option<String> platformFamily,
        Option<NetworkConfiguration> networkConfiguration,
        Option<DeploymentRolloutState> rolloutState,
        Option<String> rolloutStateReason,
        Option<ServiceConnectConfiguration> serviceConnectConfiguration,
        List<ServiceConnectServiceResource> serviceConnectResources,
        List<ServiceVolumeConfiguration> volumeConfigurations,
        Option<DeploymentEphemeralStorage> fargateEphemeralStorage,
        List<VpcLatticeConfiguration> vpcLatticeConfigurations) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentBuilder builder() {
        return new DeploymentBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentBuilder toBuilder() {
        return new DeploymentBuilder().from(this);
    }
}
