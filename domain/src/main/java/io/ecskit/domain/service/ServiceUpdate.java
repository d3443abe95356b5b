package io.ecskit.domain.service;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.PlacementConstraint;
import io.ecskit.domain.PlacementStrategy;
import io.ecskit.domain.PropagateTags;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What UpdateService takes: every absent component stays as it is.
 *
 * @param cluster The cluster: its name or ARN; default when absent.
 * @param service The service to update: its name or ARN (required).
 * @param desiredCount Number of tasks to keep running; 0 or more; 1 for a REPLICA service when absent.
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN.
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param deploymentConfiguration How deployments run: strategy, percentages, circuit breaker, alarms, bake time, hooks.
 * @param availabilityZoneRebalancing Whether ECS moves tasks to rebalance Availability Zones (ENABLED / DISABLED).
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param placementConstraints Placement constraints for the task's instances (EC2 only, at most 10); Fargate refuses them.
 * @param placementStrategy How tasks are spread over instances (EC2), at most 5 rules.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param forceNewDeployment Whether to start a new deployment even though nothing changed (e.g. to pull a mutable tag again).
 * @param healthCheckGracePeriodSeconds Seconds ECS ignores failing load balancer and container health checks after a task starts, 0..2147483647; 0 by default.
 * @param deploymentController Who runs deployments: ECS (the default), CODE_DEPLOY or EXTERNAL.
 * @param enableExecuteCommand Whether ECS Exec is on for the tasks; false by default.
 * @param enableECSManagedTags Whether ECS tags the tasks with the cluster and service names; false by default.
 * @param loadBalancers Load balancer target groups the service registers its tasks with; target type ip under awsvpc.
 * @param propagateTags Whose tags the tasks get: TASK_DEFINITION, SERVICE or NONE (the default).
 * @param serviceRegistries Cloud Map registries the service registers its tasks in (at most 1).
 * @param serviceConnectConfiguration Service Connect settings: namespace, the services this one offers, logging.
 * @param volumeConfigurations Volumes (Amazon EBS) configured at launch for the tasks, by volume name.
 * @param vpcLatticeConfigurations VPC Lattice target groups the tasks register with.
 * @param gatewayConnectors Gateway connectors exposing named ports of the service.
 * @param monitoring Extra CloudWatch metrics ECS publishes for the service.
 */
@Value.Builder
public record ServiceUpdate(
        Option<ClusterName> cluster,
        ServiceName service,
        Option<Integer> desiredCount,
        Option<TaskDefinitionRef> taskDefinition,
        Option<List<CapacityProviderStrategyItem>> capacityProviderStrategy,
        Option<DeploymentConfiguration> deploymentConfiguration,
        Option<AvailabilityZoneRebalancing> availabilityZoneRebalancing,
        Option<NetworkConfiguration> networkConfiguration,
        Option<List<PlacementConstraint>> placementConstraints,
        Option<List<PlacementStrategy>> placementStrategy,
        Option<String> platformVersion,
        Option<Boolean> forceNewDeployment,
        Option<Integer> healthCheckGracePeriodSeconds,
        Option<DeploymentController> deploymentController,
        Option<Boolean> enableExecuteCommand,
        Option<Boolean> enableECSManagedTags,
        Option<List<LoadBalancer>> loadBalancers,
        Option<PropagateTags> propagateTags,
        Option<List<ServiceRegistry>> serviceRegistries,
        Option<ServiceConnectConfiguration> serviceConnectConfiguration,
        Option<List<ServiceVolumeConfiguration>> volumeConfigurations,
        Option<List<VpcLatticeConfiguration>> vpcLatticeConfigurations,
        Option<List<GatewayConnector>> gatewayConnectors,
        Option<MonitoringConfiguration> monitoring) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceUpdateBuilder builder() {
        return new ServiceUpdateBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceUpdateBuilder toBuilder() {
        return new ServiceUpdateBuilder().from(this);
    }
}
