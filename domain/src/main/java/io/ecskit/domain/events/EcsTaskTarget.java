package io.ecskit.domain.events;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * An ECS target's task (EventBridge's EcsParameters): what RunTask is asked each time the rule fires. Source: EventBridge
 * API reference, EcsParameters.
 *
 * @param taskDefinitionArn the task definition (ARN, or family and optional revision) (required)
 * @param taskCount how many tasks, 1..10 (1 by default)
 * @param launchType FARGATE, EC2 or EXTERNAL
 * @param networkConfiguration the awsvpc configuration (required for awsvpc task definitions)
 * @param platformVersion the Fargate platform version
 * @param group the task group
 * @param enableEcsManagedTags whether ECS tags the tasks with the cluster's and rule's names
 * @param enableExecuteCommand whether ECS Exec is on
 * @param referenceId a reference ECS keeps on the tasks
 * @param tags the tasks' tags
 */
public record EcsTaskTarget(String taskDefinitionArn, Option<Integer> taskCount, Option<LaunchType> launchType,
                            Option<AwsVpcConfiguration> networkConfiguration, Option<String> platformVersion, Option<String> group,
                            Option<Boolean> enableEcsManagedTags, Option<Boolean> enableExecuteCommand, Option<String> referenceId,
                            List<Tag> tags) {

    /** A Fargate task of {@code taskDefinition} on {@code network}. */
    public static EcsTaskTarget fargate(String taskDefinition, AwsVpcConfiguration network) {
        return new EcsTaskTarget(taskDefinition, Option.none(), Option.of(LaunchType.FARGATE), Option.of(network), Option.none(), Option.none(),
                Option.none(), Option.none(), Option.none(), List.empty());
    }
}
