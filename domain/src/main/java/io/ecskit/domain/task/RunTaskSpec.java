package io.ecskit.domain.task;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.service.AwsVpcConfiguration;
import io.ecskit.domain.taskdef.LaunchType;
import io.vavr.control.Option;

/** What RunTask takes: 1..10 standalone tasks; clientToken (at most 64 characters) makes it idempotent. */
public record RunTaskSpec(ClusterName cluster, TaskDefinitionRef taskDefinition, int count, Option<LaunchType> launchType,
                          Option<AwsVpcConfiguration> networkConfiguration, Option<String> startedBy,
                          Option<String> clientToken) {

    public static final int MAX_COUNT = 10;
    public static final int MAX_CLIENT_TOKEN = 64;

    public RunTaskSpec {
        launchType = launchType == null ? Option.none() : launchType;
        networkConfiguration = networkConfiguration == null ? Option.none() : networkConfiguration;
        startedBy = startedBy == null ? Option.none() : startedBy;
        clientToken = clientToken == null ? Option.none() : clientToken;
    }

    public static RunTaskSpec fargate(ClusterName cluster, TaskDefinitionRef taskDefinition, AwsVpcConfiguration network) {
        return new RunTaskSpec(cluster, taskDefinition, 1, Option.of(LaunchType.FARGATE), Option.of(network), Option.none(),
                Option.none());
    }
}
