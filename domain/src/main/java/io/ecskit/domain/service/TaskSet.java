package io.ecskit.domain.service;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * A task set of an EXTERNAL or CODE_DEPLOY controlled service.
 *
 * @param id ID of the task set.
 * @param taskSetArn ARN of the task set.
 * @param serviceArn ARN of the service the task set belongs to.
 * @param clusterArn ARN of the cluster.
 * @param startedBy Who started the task set (the CodeDeploy deployment ID for CODE_DEPLOY).
 * @param externalId ID given by the external deployment controller.
 * @param status PRIMARY, ACTIVE or DRAINING.
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN.
 * @param computedDesiredCount Tasks the task set should run: its scale times the service's desiredCount, rounded up.
 * @param pendingCount Tasks in the PENDING state.
 * @param runningCount Tasks in the RUNNING state.
 * @param createdAt When the task set was created.
 * @param updatedAt When the task set last changed.
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param platformFamily Operating system family of the tasks' platform.
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param loadBalancers Load balancer target groups the service registers its tasks with; target type ip under awsvpc.
 * @param serviceRegistries Cloud Map registries the service registers its tasks in (at most 1).
 * @param scale Share of the service's desiredCount the task set runs.
 * @param stabilityStatus STEADY_STATE or STABILIZING.
 * @param stabilityStatusAt When stabilityStatus last changed.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param fargateEphemeralStorage KMS key of the tasks' Fargate ephemeral storage.
 */
@Value.Builder
public record TaskSet(
        Option<String> id,
        Option<String> taskSetArn,
        Option<String> serviceArn,
        Option<String> clusterArn,
        Option<String> startedBy,
        Option<String> externalId,
        Option<String> status,
        Option<String> taskDefinition,
        Option<Integer> computedDesiredCount,
        Option<Integer> pendingCount,
        Option<Integer> runningCount,
        Option<Instant> createdAt,
        Option<Instant> updatedAt,
        Option<LaunchType> launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<String> platformVersion,
        Option<String> platformFamily,
        Option<NetworkConfiguration> networkConfiguration,
        List<LoadBalancer> loadBalancers,
        List<ServiceRegistry> serviceRegistries,
        Option<Scale> scale,
        Option<StabilityStatus> stabilityStatus,
        Option<Instant> stabilityStatusAt,
        List<Tag> tags,
        Option<DeploymentEphemeralStorage> fargateEphemeralStorage) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskSetBuilder builder() {
        return new TaskSetBuilder();
    }

    /** A builder holding this record's values. */
    public TaskSetBuilder toBuilder() {
        return new TaskSetBuilder().from(this);
    }
}
