package io.ecskit.cli;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceSpecBuilder;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.vavr.control.Either;
import picocli.CommandLine.Option;

/**
 * The service settings {@code deploy} sets, shared with {@code diff} so it shows what that deploy
 * would change: a CreateService JSON file (every member CreateService takes), and options that
 * override what the file says.
 */
final class ServiceOptions {

    @Option(names = "--service-definition", paramLabel = "FILE",
            description = "The service's settings as `aws ecs create-service --cli-input-json` takes them (load balancers, "
                    + "deployment configuration, Service Connect, ...); the options below override it. "
                    + TaskDefinitionCommands.FILE_FORMS)
    String serviceDefinition;

    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "Cluster name or ARN (default: the file's cluster, else ECS's default)")
    String cluster;

    @Option(names = "--service", paramLabel = "SERVICE", description = "Service name (default: the file's serviceName)")
    String service;

    @Option(names = "--desired-count", paramLabel = "N", description = "Tasks to keep running (default: the file's desiredCount, else 1)")
    Integer desiredCount;

    @Option(names = "--subnets", split = ",", paramLabel = "SUBNET", description = "awsvpc subnets, comma-separated (left out: the file's, "
            + "else what the service has)")
    java.util.List<String> subnets = java.util.List.of();

    @Option(names = "--security-groups", split = ",", paramLabel = "GROUP", description = "awsvpc security groups, comma-separated")
    java.util.List<String> securityGroups = java.util.List.of();

    @Option(names = "--assign-public-ip", description = "Give the tasks public IP addresses (assignPublicIp ENABLED)")
    boolean assignPublicIp;

    @Option(names = "--launch-type", paramLabel = "FARGATE|EC2", description = "Default: the file's, else FARGATE when the task "
            + "definition requires it; any case")
    LaunchType launchType;

    /** The deploy these settings ask for: the file's settings, each option given replacing the file's member. */
    Either<Failure, DeployService.Command> command(TaskDefinition td) {
        Either<Failure, ServiceSpecBuilder> start = serviceDefinition == null
                ? Either.right(ServiceSpec.builder().serviceName(""))
                : Inputs.serviceSpec("--service-definition", serviceDefinition).map(ServiceSpec::toBuilder);
        return start.flatMap(spec -> {
            if (cluster != null) {
                var name = Inputs.cluster("--cluster", cluster);
                if (name.isLeft()) {
                    return Either.left(name.getLeft());
                }
                spec.cluster(name.get());
            }
            if (service != null) {
                var name = Inputs.service("--service", service);
                if (name.isLeft()) {
                    return Either.left(name.getLeft());
                }
                spec.serviceName(name.get().value());
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
                return Either.left(Failure.invalid("--service: give the service's name, or serviceName in --service-definition"));
            }
            return Either.right(DeployService.Command.of(td, settings));
        });
    }
}
