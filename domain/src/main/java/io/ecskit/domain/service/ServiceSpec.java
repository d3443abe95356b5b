package io.ecskit.domain.service;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.PlacementConstraint;
import io.ecskit.domain.PlacementStrategy;
import io.ecskit.domain.PropagateTags;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A service as CreateService takes it.
 *
 * @param cluster The cluster: its name or ARN; default when absent.
 * @param serviceName Name of the service, 1..255 letters, digits, hyphens and underscores, unique among the cluster's ACTIVE and DRAINING services (required).
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN.
 * @param availabilityZoneRebalancing Whether ECS moves tasks to rebalance Availability Zones (ENABLED / DISABLED).
 * @param loadBalancers Load balancer target groups the service registers its tasks with; target type ip under awsvpc.
 * @param serviceRegistries Cloud Map registries the service registers its tasks in (at most 1).
 * @param desiredCount Number of tasks to keep running; 0 or more; 1 for a REPLICA service when absent.
 * @param clientToken Idempotency token: the same token and request answer the same result (at most 36 characters for CreateService, 64 for RunTask).
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param role IAM role for the load balancer (only for services without awsvpc that don't use the service-linked role).
 * @param deploymentConfiguration How deployments run: strategy, percentages, circuit breaker, alarms, bake time, hooks.
 * @param placementConstraints Placement constraints for the task's instances (EC2 only, at most 10); Fargate refuses them.
 * @param placementStrategy How tasks are spread over instances (EC2), at most 5 rules.
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param healthCheckGracePeriodSeconds Seconds ECS ignores failing load balancer and container health checks after a task starts, 0..2147483647; 0 by default.
 * @param schedulingStrategy REPLICA (keep desiredCount tasks, the default) or DAEMON (one task per instance).
 * @param deploymentController Who runs deployments: ECS (the default), CODE_DEPLOY or EXTERNAL.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param enableECSManagedTags Whether ECS tags the tasks with the cluster and service names; false by default.
 * @param propagateTags Whose tags the tasks get: TASK_DEFINITION, SERVICE or NONE (the default).
 * @param enableExecuteCommand Whether ECS Exec is on for the tasks; false by default.
 * @param serviceConnectConfiguration Service Connect settings: namespace, the services this one offers, logging.
 * @param volumeConfigurations Volumes (Amazon EBS) configured at launch for the tasks, by volume name.
 * @param vpcLatticeConfigurations VPC Lattice target groups the tasks register with.
 * @param gatewayConnectors Gateway connectors exposing named ports of the service.
 * @param monitoring Extra CloudWatch metrics ECS publishes for the service.
 */
@Value.Builder
public record ServiceSpec(
        Option<ClusterName> cluster,
        String serviceName,
        Option<TaskDefinitionRef> taskDefinition,
        Option<AvailabilityZoneRebalancing> availabilityZoneRebalancing,
        List<LoadBalancer> loadBalancers,
        List<ServiceRegistry> serviceRegistries,
        Option<Integer> desiredCount,
        Option<String> clientToken,
        Option<LaunchType> launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<String> platformVersion,
        Option<String> role,
        Option<DeploymentConfiguration> deploymentConfiguration,
        List<PlacementConstraint> placementConstraints,
        List<PlacementStrategy> placementStrategy,
        Option<NetworkConfiguration> networkConfiguration,
        Option<Integer> healthCheckGracePeriodSeconds,
        Option<SchedulingStrategy> schedulingStrategy,
        Option<DeploymentController> deploymentController,
        List<Tag> tags,
        Option<Boolean> enableECSManagedTags,
        Option<PropagateTags> propagateTags,
        Option<Boolean> enableExecuteCommand,
        Option<ServiceConnectConfiguration> serviceConnectConfiguration,
        List<ServiceVolumeConfiguration> volumeConfigurations,
        List<VpcLatticeConfiguration> vpcLatticeConfigurations,
        List<GatewayConnector> gatewayConnectors,
        Option<MonitoringConfiguration> monitoring) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceSpecBuilder builder() {
        return new ServiceSpecBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceSpecBuilder toBuilder() {
        return new ServiceSpecBuilder().from(this);
    }
}
