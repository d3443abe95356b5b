package io.ecskit.cli;

import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import picocli.CommandLine.Command;

/** Clusters: create one, clean one up. */
final class ClusterCommands {

    private ClusterCommands() {
    }

    @Command(name = "create-cluster", mixinStandardHelpOptions = true,
            description = "Create a cluster; an ACTIVE one of that name is returned as it is (ECS's CreateCluster is "
                    + "idempotent).",
            footer = {"  ecskit create-cluster --cluster-name apps --backend aws",
                "  ecskit create-cluster --cluster-name apps --output json | jq -r .cluster.clusterArn"})
    static final class Create extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster-name", defaultValue = "default", paramLabel = "NAME",
                description = "Up to 255 letters, digits, hyphens and underscores (default: default)")
        String name;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.cluster("--cluster-name", name)
                    .flatMap(cluster -> Inputs.aws(kit.api().clusters().create(ClusterSpec.named(cluster))))
                    .map(cluster -> Printed.of(JsonDocument.object().put("cluster", cluster),
                            cluster.clusterArn() + " (" + cluster.status() + ")"));
        }
    }

    @Command(name = "cleanup", mixinStandardHelpOptions = true,
            description = "The seed's clean-up: scale each service to 0, wait for its tasks to stop, delete it; deregister "
                    + "container instances; delete the cluster. Optionally deregister a family and delete log groups "
                    + "and a repository. What is already gone counts as done, so running it twice is fine.",
            footer = {"  ecskit cleanup --cluster test-cluster --backend aws",
                "  ecskit cleanup --cluster test-cluster --deregister-family hello-world \\",
                "      --delete-log-group test-log --delete-repository hello-world",
                "  ecskit cleanup --cluster apps --service web     (only that service; the cluster stays)"})
    static final class Cleanup extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster", required = true, paramLabel = "CLUSTER", description = "Cluster name or ARN")
        String cluster;

        @picocli.CommandLine.Option(names = "--service", paramLabel = "SERVICE",
                description = "Only this service (repeatable); the cluster stays")
        java.util.List<String> services = new java.util.ArrayList<>();

        @picocli.CommandLine.Option(names = "--deregister-family", paramLabel = "FAMILY",
                description = "Also deregister every ACTIVE revision of this task-definition family")
        String family;

        @picocli.CommandLine.Option(names = "--delete-log-group", paramLabel = "GROUP",
                description = "Also delete this CloudWatch Logs group (repeatable)")
        java.util.List<String> logGroups = new java.util.ArrayList<>();

        @picocli.CommandLine.Option(names = "--delete-repository", paramLabel = "REPOSITORY",
                description = "Also delete this ECR repository, with its images")
        String repository;

        @picocli.CommandLine.Option(names = "--timeout", defaultValue = "15m", paramLabel = "DURATION",
                description = "How long to wait for tasks to stop and services to drain (default 15m)")
        java.time.Duration timeout;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            ProgressPrinter progress = progress();
            return command().flatMap(command -> {
                var done = Inputs.aws(kit.cleanUp(command, progress));
                progress.finish();
                return done;
            }).map(done -> Printed.of(stepsJson(done.steps()), done.toString()));
        }

        private Either<Failure, CleanUp.Command> command() {
            var name = Inputs.cluster("--cluster", cluster);
            var only = Inputs.services("--service", services);
            Seq<Either<Failure, LogGroupName>> groups = List.ofAll(logGroups).map(g -> Inputs.value("--delete-log-group", LogGroupName.parse(g)));
            Either<Failure, io.vavr.control.Option<RepositoryName>> repo = repository == null ? Either.right(io.vavr.control.Option.none())
                    : Inputs.value("--delete-repository", RepositoryName.parse(repository)).map(io.vavr.control.Option::of);
            Seq<String> problems = List.<Either<Failure, ?>>of(name, only, repo).appendAll(groups)
                    .filter(Either::isLeft).flatMap(e -> e.getLeft().lines());
            if (!problems.isEmpty()) {
                return Either.left(new Failure.InvalidInput(problems));
            }
            CleanUp.Command command = CleanUp.Command.cluster(name.get()).services(only.get())
                    .deleteLogGroups(groups.map(Either::get)).withTimeout(timeout);
            command = family == null ? command : command.deregisterFamily(family);
            command = repo.get().map(command::deleteRepository).getOrElse(command);
            return command.violations().isEmpty() ? Either.right(command) : Either.left(Failure.invalid(command.violations()));
        }
    }

    /** {@code {"steps": [{"action": "DELETED", "resource": "SERVICE", "name": "web"}, ...]}}. */
    static JsonDocument stepsJson(Seq<CleanUp.Step> steps) {
        return JsonDocument.object().put("steps", steps.map(s -> JsonDocument.object().put("action", s.action().name())
                .put("resource", s.resource().name()).put("name", s.name())));
    }
}
