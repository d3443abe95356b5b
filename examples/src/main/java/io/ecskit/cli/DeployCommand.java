package io.ecskit.cli;

import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DeployService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** {@code ecskit deploy}: register if changed, create or update the service, follow the deployment. */
@Command(name = "deploy", description = "Deploy a service from a task-definition file and follow its deployment.")
final class DeployCommand extends KitCommand {

    @Option(names = "--task-definition", required = true, paramLabel = "FILE")
    Path file;

    @Mixin
    ServiceOptions settings;

    @Option(names = "--timeout", defaultValue = "30m", description = "How long to follow the deployment: 30m (default), 1h, 90s, PT45M")
    Duration timeout;

    @Option(names = "--no-wait", description = "Return once the deployment started")
    boolean noWait;

    @Override
    int run(EcsKit kit) {
        DeployService.Command command = settings.command(readTaskDefinition(file)).withTimeout(timeout);
        ProgressPrinter progress = progress();
        return outcome(orFail(kit.deploy().deploy(noWait ? command.withoutWaiting() : command, progress)), progress);
    }
}
