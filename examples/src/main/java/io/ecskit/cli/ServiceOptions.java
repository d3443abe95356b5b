package io.ecskit.cli;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceSpecBuilder;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonFiles;
import io.ecskit.port.in.DeployService;
import picocli.CommandLine.Option;

/**
 * The service settings {@code deploy} sets, shared with {@code diff} so it shows what that deploy
 * would change: a CreateService JSON file (every member CreateService takes), and options that
 * override what the file says.
 */
final class ServiceOptions {

    @Option(names = "--service-definition", paramLabel = "FILE",
            description = "The service's settings in `aws ecs create-service --cli-input-json` form (load balancers, "
                    + "deployment configuration, Service Connect, ...); the options below override it. '-' reads standard input.")
    String serviceDefinition;

    @Option(names = "--cluster", description = "Cluster name (default: the file's cluster, else default)")
    String cluster;

    @Option(names = "--service", description = "Service name (default: the file's serviceName)")
    String service;

    @Option(names = "--desired-count", description = "Tasks to keep running (default: the file's desiredCount, else 1)")
    Integer desiredCount;

    @Option(names = "--subnets", split = ",", description = "awsvpc subnets (a network configuration left out is kept as it is)")
    java.util.List<String> subnets = java.util.List.of();

    @Option(names = "--security-groups", split = ",", description = "awsvpc security groups")
    java.util.List<String> securityGroups = java.util.List.of();

    @Option(names = "--assign-public-ip", description = "Give the tasks public IP addresses")
    boolean assignPublicIp;

    @Option(names = "--launch-type", paramLabel = "FARGATE|EC2", description = "Default: the file's, else FARGATE when the task definition requires it")
    LaunchType launchType;

    /** The deploy these settings ask for: the file's settings, each option given replacing the file's member. */
    DeployService.Command command(TaskDefinition td) {
        ServiceSpecBuilder spec = serviceDefinition == null ? ServiceSpec.builder().serviceName("")
                : read(serviceDefinition).toBuilder();
        if (cluster != null) {
            spec.cluster(SeedCommands.cluster(cluster));
        }
        if (service != null) {
            spec.serviceName(SeedCommands.service(service).value());
        }
        if (desiredCount != null) {
            spec.desiredCount(desiredCount);
        }
        if (launchType != null) {
            spec.launchType(launchType);
        }
        if (!subnets.isEmpty() || !securityGroups.isEmpty()) {
            spec.networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(subnets, securityGroups,
                    assignPublicIp ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED)));
        }
        ServiceSpec settings = spec.build();
        if (settings.serviceName().isEmpty()) {
            throw new KitCommand.InvalidInputException("--service: give the service's name, or serviceName in --service-definition");
        }
        return DeployService.Command.of(td, settings);
    }

    private static ServiceSpec read(String file) {
        var read = JsonFiles.read(file, System.in).flatMap(EcsJson::readServiceSpec);
        if (read.isLeft()) {
            throw new KitCommand.InvalidInputException(read.getLeft() instanceof io.ecskit.json.JsonProblem.Unreadable
                    ? read.getLeft().describe() : file + ": " + read.getLeft().describe());
        }
        return read.get();
    }
}
