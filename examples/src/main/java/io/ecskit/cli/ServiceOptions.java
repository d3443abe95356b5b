package io.ecskit.cli;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import picocli.CommandLine.Option;

/** The service settings {@code deploy} sets, shared with {@code diff} so it shows what that deploy would change. */
final class ServiceOptions {

    @Option(names = "--desired-count", defaultValue = "1")
    int desiredCount;

    @Option(names = "--subnets", split = ",", description = "awsvpc subnets (a network configuration left out is kept as it is)")
    java.util.List<String> subnets = java.util.List.of();

    @Option(names = "--security-groups", split = ",")
    java.util.List<String> securityGroups = java.util.List.of();

    @Option(names = "--assign-public-ip")
    boolean assignPublicIp;

    @Option(names = "--launch-type", paramLabel = "FARGATE|EC2", description = "Default: FARGATE when the task definition requires it")
    LaunchType launchType;

    DeployService.Command command(TaskDefinition td, ClusterName cluster, ServiceName service) {
        DeployService.Command command = DeployService.Command.of(td, cluster, service, desiredCount);
        if (launchType != null) {
            command = command.withLaunchType(launchType);
        }
        if (!subnets.isEmpty() || !securityGroups.isEmpty()) {
            command = command.withNetwork(AwsVpcConfiguration.of(subnets, securityGroups,
                    assignPublicIp ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED));
        }
        return command;
    }
}
