package io.ecskit.cli;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.ScaleService;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Duration;

/** The seed's aws-cli commands, one class each, sharing {@link KitCommand}. */
final class SeedCommands {

    private SeedCommands() {
    }

    static ClusterName cluster(String name) {
        return valid(ClusterName.parse(name));
    }

    static ServiceName service(String name) {
        return valid(ServiceName.parse(name));
    }

    static <T> T valid(Either<Violation, T> value) {
        if (value.isLeft()) {
            throw new KitCommand.InvalidInputException(value.getLeft().toString());
        }
        return value.get();
    }

    /** A command's own violations, all of them, as invalid input (exit 2). */
    static void whenInvalid(Seq<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new KitCommand.InvalidInputException(violations.mkString("\n"));
        }
    }

    @Command(name = "register-task-definition", description = "Register a task definition from a JSON file.")
    static final class Register extends KitCommand {
        @picocli.CommandLine.Option(names = "--file", required = true, paramLabel = "FILE")
        Path file;

        @Override
        int run(EcsKit kit) {
            var td = readTaskDefinition(file);
            var violations = io.ecskit.domain.taskdef.TaskDefinitionRules.validate(td);
            if (violations.isLeft()) {
                violations.getLeft().forEach(spec.commandLine().getErr()::println);
                return EcskitCli.INVALID_INPUT;
            }
            RegisteredTaskDefinition registered = orFail(kit.taskDefinitions().register(td));
            print(registered, registered.taskDefinitionArn() + " (" + registered.status() + ")");
            return EcskitCli.OK;
        }
    }

    @Command(name = "create-cluster", description = "Create a cluster (an ACTIVE one of that name is returned as it is).")
    static final class CreateCluster extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster-name", required = true)
        String name;

        @Override
        int run(EcsKit kit) {
            var cluster = orFail(kit.clusters().create(ClusterSpec.named(cluster(name))));
            print(cluster, cluster.clusterArn() + " (" + cluster.status() + ")");
            return EcskitCli.OK;
        }
    }

    @Command(name = "create-log-group", description = "Create a CloudWatch Logs group.")
    static final class CreateLogGroup extends KitCommand {
        @picocli.CommandLine.Option(names = "--log-group-name", required = true)
        String name;

        @picocli.CommandLine.Option(names = "--retention-in-days")
        Integer retention;

        @Override
        int run(EcsKit kit) {
            Option<RetentionDays> days = Option.of(retention).map(d -> valid(RetentionDays.parse(d.intValue())));
            var group = orFail(kit.logs().createGroup(valid(LogGroupName.parse(name)), days));
            print(group, group.arn());
            return EcskitCli.OK;
        }
    }

    @Command(name = "update-service", description = "Deploy a new image and/or environment on top of what the service runs.")
    static final class UpdateService extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @picocli.CommandLine.Option(names = "--service", required = true)
        String service;

        @picocli.CommandLine.Option(names = "--image")
        String image;

        @picocli.CommandLine.Option(names = "--container", description = "Container to change (default: the first essential one)")
        String container;

        @picocli.CommandLine.Option(names = "--env", description = "NAME=VALUE, repeatable")
        java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();

        @picocli.CommandLine.Option(names = "--timeout", defaultValue = "30m", description = "30m (default), 1h, 90s, PT45M")
        Duration timeout;

        @Override
        int run(EcsKit kit) {
            ProgressPrinter progress = progress();
            var command = new RedeployService.Command(cluster(cluster), service(service), Option.of(container), Option.of(image),
                    LinkedHashMap.ofAll(environment), timeout);
            // nothing to change is invalid input, named like any other violation
            whenInvalid(command.violations());
            return outcome(orFail(kit.redeploy().redeploy(command, progress)), progress);
        }
    }

    @Command(name = "scale", description = "Change the desired count and wait until that many tasks run.")
    static final class Scale extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @picocli.CommandLine.Option(names = "--service", required = true)
        String service;

        @picocli.CommandLine.Option(names = "--desired-count", required = true)
        int desired;

        @picocli.CommandLine.Option(names = "--timeout", defaultValue = "30m", description = "30m (default), 1h, 90s, PT45M")
        Duration timeout;

        @Override
        int run(EcsKit kit) {
            ProgressPrinter progress = progress();
            var command = new ScaleService.Command(cluster(cluster), service(service), desired, timeout);
            return outcome(orFail(kit.scale().scale(command, progress)), progress);
        }
    }

    @Command(name = "rollback", description = "Go back to the newest revision ecskit saw deploy successfully.")
    static final class Rollback extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @picocli.CommandLine.Option(names = "--service", required = true)
        String service;

        @picocli.CommandLine.Option(names = "--timeout", defaultValue = "30m", description = "30m (default), 1h, 90s, PT45M")
        Duration timeout;

        @Override
        int run(EcsKit kit) {
            ProgressPrinter progress = progress();
            var command = new RollbackService.Command(cluster(cluster), service(service), timeout);
            return outcome(orFail(kit.rollback().rollback(command, progress)), progress);
        }
    }

    @Command(name = "diff", description = {
        "What deploying FILE would change, field by field: with --cluster and --service, what `ecskit deploy`",
        "with the same options would change (revision and service settings); else against the family's latest revision."})
    static final class Diff extends KitCommand {
        @picocli.CommandLine.Option(names = "--task-definition", required = true, paramLabel = "FILE")
        Path file;

        @picocli.CommandLine.Mixin
        ServiceOptions settings;

        @Override
        int run(EcsKit kit) {
            var desired = readTaskDefinition(file);
            boolean againstService = settings.service != null || settings.serviceDefinition != null;
            var command = againstService
                    ? DiffTaskDefinition.Command.againstService(settings.command(desired))
                    : DiffTaskDefinition.Command.againstLatest(desired);
            var changes = orFail(kit.diff().diff(command));
            print(changes, changes.isEmpty() ? "no changes" : changes.mkString("\n"));
            return EcskitCli.OK;
        }
    }

    @Command(name = "list-task-definitions", description = "ACTIVE task-definition revisions, by family prefix.")
    static final class ListTaskDefinitions extends KitCommand {
        @picocli.CommandLine.Option(names = "--family-prefix")
        String prefix;

        @Override
        int run(EcsKit kit) {
            var arns = orFail(kit.inspect().taskDefinitions(Option.of(prefix)));
            print(arns, arns.mkString("\n"));
            return EcskitCli.OK;
        }
    }

    @Command(name = "list-services", description = "Services of a cluster.")
    static final class ListServices extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @Override
        int run(EcsKit kit) {
            var arns = orFail(kit.inspect().services(cluster(cluster)));
            print(arns, arns.mkString("\n"));
            return EcskitCli.OK;
        }
    }

    @Command(name = "describe-services", description = "Services with their deployments, events and missing names.")
    static final class DescribeServices extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @picocli.CommandLine.Option(names = "--services", required = true, arity = "1..*")
        java.util.List<String> services;

        @Override
        int run(EcsKit kit) {
            var described = orFail(kit.inspect().describeServices(cluster(cluster), List.ofAll(services).map(SeedCommands::service)));
            StringBuilder text = new StringBuilder();
            described.found().forEach(s -> {
                text.append(s.serviceName().value()).append(": ").append(s.status()).append(", desired ").append(s.desiredCount())
                        .append(", running ").append(s.runningCount()).append(", pending ").append(s.pendingCount()).append('\n');
                s.deployments().forEach(d -> text.append("  deployment ").append(d.id()).append(' ').append(d.status()).append(' ')
                        .append(d.rolloutState().map(Enum::name).getOrElse("-")).append(' ').append(d.taskDefinition()).append('\n'));
                s.events().take(5).forEach(e -> text.append("  event: ").append(e.message()).append('\n'));
            });
            described.failures().forEach(f -> text.append(f.arn()).append(": ").append(f.reason()).append('\n'));
            print(described, text.toString().stripTrailing());
            return EcskitCli.OK;
        }
    }

    @Command(name = "cleanup", description = "The seed's clean-up: scale to 0, delete the service(s), instances and the cluster.")
    static final class Cleanup extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @picocli.CommandLine.Option(names = "--service", description = "Only this service (the cluster stays)")
        java.util.List<String> services = new java.util.ArrayList<>();

        @picocli.CommandLine.Option(names = "--timeout", defaultValue = "15m", description = "How long to wait for tasks to stop")
        Duration timeout;

        @Override
        int run(EcsKit kit) {
            ProgressPrinter progress = progress();
            var done = orFail(kit.cleanUp().cleanUp(CleanUp.Command.cluster(cluster(cluster))
                    .services(List.ofAll(services).map(SeedCommands::service)).withTimeout(timeout), progress));
            progress.finish();
            print(done, done.mkString("\n"));
            return EcskitCli.OK;
        }
    }
}
