package io.ecskit.cli;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.AssignPublicIp;
import io.ecskit.domain.service.AwsVpcConfiguration;
import io.ecskit.domain.taskdef.LaunchType;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.json.TaskDefinitionJson;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code ecskit deploy}: register if changed, create or update the service, follow the deployment. */
@Command(name = "deploy", description = "Deploy a service from a task-definition file and follow its deployment.")
final class DeployCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Option(names = "--task-definition", required = true, paramLabel = "FILE")
    Path file;

    @Option(names = "--cluster", required = true)
    String cluster;

    @Option(names = "--service", required = true)
    String service;

    @Option(names = "--desired-count", defaultValue = "1")
    int desiredCount;

    @Option(names = "--subnets", split = ",")
    java.util.List<String> subnets = java.util.List.of();

    @Option(names = "--security-groups", split = ",")
    java.util.List<String> securityGroups = java.util.List.of();

    @Option(names = "--assign-public-ip")
    boolean assignPublicIp;

    @Option(names = "--launch-type", paramLabel = "FARGATE|EC2")
    LaunchType launchType;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "ISO-8601 duration, e.g. PT30M (default)")
    Duration timeout;

    @Option(names = "--no-wait", description = "Return once the deployment started")
    boolean noWait;

    @Override
    public Integer call() {
        var read = TaskDefinitionJson.read(file);
        if (read.isLeft()) {
            spec.commandLine().getErr().println(file + ": " + read.getLeft().describe());
            return EcskitCli.INVALID_INPUT;
        }
        read.get().warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        TaskDefinition td = read.get().definition();
        var names = ClusterName.of(cluster).toEither().flatMap(c -> ServiceName.of(service).toEither().map(s -> io.vavr.Tuple.of(c, s)));
        if (names.isLeft()) {
            names.getLeft().forEach(spec.commandLine().getErr()::println);
            return EcskitCli.INVALID_INPUT;
        }
        DeployService.Command command = DeployService.Command.of(td, names.get()._1, names.get()._2, desiredCount).withTimeout(timeout);
        if (launchType != null) {
            command = new DeployService.Command(td, command.cluster(), command.service(), desiredCount, io.vavr.control.Option.of(launchType),
                    command.network(), command.loadBalancers(), command.deploymentConfiguration(), timeout, true);
        }
        if (!subnets.isEmpty() || !securityGroups.isEmpty()) {
            command = command.withNetwork(AwsVpcConfiguration.of(subnets, securityGroups,
                    assignPublicIp ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED));
        }
        if (noWait) {
            command = command.withoutWaiting();
        }
        try (EcsKit kit = global.open()) {
            ProgressPrinter progress = ProgressPrinter.forConsole(spec.commandLine().getOut());
            DeploymentOutcome outcome = kit.deploy().deploy(command, progress).getOrElseThrow(EcsErrorException::new);
            progress.finish();
            OutcomePrinter.print(spec.commandLine().getOut(), outcome);
            return outcome.succeeded() ? EcskitCli.OK : EcskitCli.DEPLOYMENT_FAILED;
        }
    }
}
