package io.ecskit.domain.task;

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
import io.ecskit.domain.AwsVpcConfiguration;
import org.immutables.value.Value;

/**
 * Standalone tasks as RunTask takes them.
 *
 * @param capacityProviderStrategy Capacity providers and their weights and bases, instead of a launch type.
 * @param cluster The cluster: its name or ARN; default when absent.
 * @param count Tasks to start, 1..10; 1 when absent.
 * @param enableECSManagedTags Whether ECS tags the tasks with the cluster and service names; false by default.
 * @param enableExecuteCommand Whether ECS Exec is on for the tasks; false by default.
 * @param group Task group name; family:<family> by default.
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param networkConfiguration awsvpc settings: subnets, security groups, public IP; required for task definitions with networkMode awsvpc.
 * @param overrides Container and task overrides for these tasks.
 * @param placementConstraints Placement constraints for the task's instances (EC2 only, at most 10); Fargate refuses them.
 * @param placementStrategy How tasks are spread over instances (EC2), at most 5 rules.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param propagateTags Whose tags the tasks get: TASK_DEFINITION, SERVICE or NONE (the default).
 * @param referenceId Reference ID shown on the tasks (e.g. a pipeline run), at most 64 characters.
 * @param startedBy Free text shown as the tasks' startedBy, at most 128 characters; ListTasks can filter on it.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param taskDefinition The task definition to run: family (its latest ACTIVE revision), family:revision or ARN.
 * @param clientToken Idempotency token: the same token and request answer the same result (at most 36 characters for CreateService, 64 for RunTask).
 * @param volumeConfigurations Amazon EBS volumes created for the tasks.
 */
@Value.Builder
public record RunTaskSpec(
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<ClusterName> cluster,
        Option<Integer> count,
        Option<Boolean> enableECSManagedTags,
        Option<Boolean> enableExecuteCommand,
        Option<String> group,
        Option<LaunchType> launchType,
        Option<NetworkConfiguration> networkConfiguration,
        Option<TaskOverride> overrides,
        List<PlacementConstraint> placementConstraints,
        List<PlacementStrategy> placementStrategy,
        Option<String> platformVersion,
        Option<PropagateTags> propagateTags,
        Option<String> referenceId,
        Option<String> startedBy,
        List<Tag> tags,
        TaskDefinitionRef taskDefinition,
        Option<String> clientToken,
        List<TaskVolumeConfiguration> volumeConfigurations) {

    /** RunTask starts at most this many tasks per call. */
    public static final int MAX_COUNT = 10;
    /** RunTask's clientToken is at most this long (ECS keeps it 24 hours). */
    public static final int MAX_CLIENT_TOKEN = 64;

    /** A builder with every optional component absent and every list empty. */
    public static RunTaskSpecBuilder builder() {
        return new RunTaskSpecBuilder();
    }

    /** A builder holding this record's values. */
    public RunTaskSpecBuilder toBuilder() {
        return new RunTaskSpecBuilder().from(this);
    }

    /** One Fargate task of the revision, in the awsvpc network given. */
    public static RunTaskSpec fargate(ClusterName cluster, TaskDefinitionRef taskDefinition, AwsVpcConfiguration network) {
        return builder().cluster(cluster).taskDefinition(taskDefinition).launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(network)).build();
    }
}
