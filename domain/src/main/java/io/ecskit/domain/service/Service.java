package io.ecskit.domain.service;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.PlacementConstraint;
import io.ecskit.domain.PlacementStrategy;
import io.ecskit.domain.PropagateTags;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.ecskit.domain.arn.ClusterName;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * An ECS service as DescribeServices answers it.
 *
 * @param serviceArn ARN of the service, arn:aws:ecs:region:account:service/cluster/name.
 * @param serviceName Name of the service.
 * @param clusterArn ARN of the cluster the service runs in.
 * @param loadBalancers Load balancer target groups the service registers its tasks with; target type ip under awsvpc.
 * @param serviceRegistries Cloud Map registries the service registers its tasks in (at most 1).
 * @param status ACTIVE, DRAINING while it is deleted, INACTIVE once deleted.
 * @param desiredCount Number of tasks to keep running; 0 or more; 1 for a REPLICA service when absent.
 * @param runningCount Tasks in the RUNNING state.
 * @param pendingCount Tasks in the PENDING state.
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param platformFamily Operating system family of the tasks' platform (Linux, Windows...).
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN.
 * @param deploymentConfiguration How deployments run: strategy, percentages, circuit breaker, alarms, bake time, hooks.
 * @param taskSets Task sets of an EXTERNAL or CODE_DEPLOY controlled service.
 * @param deployments Current deployments: the PRIMARY one and any ACTIVE ones still draining; ECS keeps no history here.
 * @param roleArn ARN of the IAM role the service uses for its load balancer.
 * @param events Recent service events, newest first (ECS keeps the last 100).
 * @param createdAt When the service was created.
 * @param currentServiceDeployment ARN of the service deployment in progress or last finished.
 * @param currentServiceRevisions Revisions running now, with their task counts.
 * @param placementConstraints Placement constraints for the task's instances (EC2 only, at most 10); Fargate refuses them.
 * @param placementStrategy How tasks are spread over instances (EC2), at most 5 rules.
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param healthCheckGracePeriodSeconds Seconds ECS ignores failing load balancer and container health checks after a task starts, 0..2147483647; 0 by default.
 * @param schedulingStrategy REPLICA (keep desiredCount tasks, the default) or DAEMON (one task per instance).
 * @param deploymentController Who runs deployments: ECS (the default), CODE_DEPLOY or EXTERNAL.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param createdBy ARN of the principal that created the service.
 * @param enableECSManagedTags Whether ECS tags the tasks with the cluster and service names; false by default.
 * @param propagateTags Whose tags the tasks get: TASK_DEFINITION, SERVICE or NONE (the default).
 * @param enableExecuteCommand Whether ECS Exec is on for the tasks; false by default.
 * @param availabilityZoneRebalancing Whether ECS moves tasks to rebalance Availability Zones (ENABLED / DISABLED).
 * @param resourceManagementType Who manages the service: CUSTOMER or ECS.
 */
@Value.Builder
public record Service(
        ServiceArn serviceArn,
        ServiceName serviceName,
        ClusterArn clusterArn,
        List<LoadBalancer> loadBalancers,
        List<ServiceRegistry> serviceRegistries,
        ServiceStatus status,
        int desiredCount,
        int runningCount,
        int pendingCount,
        Option<LaunchType> launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<String> platformVersion,
        Option<String> platformFamily,
        Option<TaskDefinitionRef> taskDefinition,
        Option<DeploymentConfiguration> deploymentConfiguration,
        List<TaskSet> taskSets,
        List<Deployment> deployments,
        Option<String> roleArn,
        List<ServiceEvent> events,
        Option<Instant> createdAt,
        Option<String> currentServiceDeployment,
        List<ServiceCurrentRevisionSummary> currentServiceRevisions,
        List<PlacementConstraint> placementConstraints,
        List<PlacementStrategy> placementStrategy,
        Option<NetworkConfiguration> networkConfiguration,
        Option<Integer> healthCheckGracePeriodSeconds,
        Option<SchedulingStrategy> schedulingStrategy,
        Option<DeploymentController> deploymentController,
        List<Tag> tags,
        Option<String> createdBy,
        Option<Boolean> enableECSManagedTags,
        Option<PropagateTags> propagateTags,
        Option<Boolean> enableExecuteCommand,
        Option<AvailabilityZoneRebalancing> availabilityZoneRebalancing,
        Option<ResourceManagementType> resourceManagementType) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceBuilder builder() {
        return new ServiceBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceBuilder toBuilder() {
        return new ServiceBuilder().from(this);
    }

    /** The cluster the service runs in. */
    public ClusterName cluster() {
        return serviceArn.cluster();
    }

    /** The deployment ECS is rolling out now (status PRIMARY). */
    public Option<Deployment> primaryDeployment() {
        return deployments.find(d -> d.status() == DeploymentStatus.PRIMARY);
    }

    /** The deployment of that ID, while ECS still lists it. */
    public Option<Deployment> deployment(DeploymentId id) {
        return deployments.find(d -> d.id().equals(id));
    }
}
