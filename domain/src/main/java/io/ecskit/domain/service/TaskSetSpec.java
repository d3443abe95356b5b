package io.ecskit.domain.service;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A task set as CreateTaskSet takes it: the tasks an EXTERNAL deployment controller runs beside the service's other
 * task sets. Source: ECS API reference, CreateTaskSet.
 *
 * @param service The service to create the task set in: its name or ARN; its deploymentController must be EXTERNAL (required).
 * @param cluster The cluster: its name or ARN; default when absent.
 * @param externalId ID of the external controller's deployment; ECS copies it into the ECS_TASK_SET_EXTERNAL_ID attribute of Cloud Map instances.
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN (required).
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param loadBalancers Load balancer target groups the task set registers its tasks with (at most 1 for a task set).
 * @param serviceRegistries Cloud Map registries the task set registers its tasks in (at most 1).
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param scale Share of the service's desiredCount the task set runs, 0..100 PERCENT; 100 PERCENT when absent.
 * @param clientToken Idempotency token: the same token and request answer the same task set (at most 36 characters).
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 */
@Value.Builder
public record TaskSetSpec(
        String service,
        Option<ClusterName> cluster,
        Option<String> externalId,
        TaskDefinitionRef taskDefinition,
        Option<NetworkConfiguration> networkConfiguration,
        List<LoadBalancer> loadBalancers,
        List<ServiceRegistry> serviceRegistries,
        Option<LaunchType> launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<String> platformVersion,
        Option<Scale> scale,
        Option<String> clientToken,
        List<Tag> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskSetSpecBuilder builder() {
        return new TaskSetSpecBuilder();
    }

    /** A builder holding this record's values. */
    public TaskSetSpecBuilder toBuilder() {
        return new TaskSetSpecBuilder().from(this);
    }
}
