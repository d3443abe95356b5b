package io.ecskit.cli;

import io.ecskit.domain.service.Service;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.ScaleService;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Services: deploy, update, scale, roll back, list, describe. */
final class ServiceCommands {

    private ServiceCommands() {
    }

    @Command(name = "deploy", mixinStandardHelpOptions = true,
            description = "Deploy a service from a task-definition file and follow its deployment: create the cluster and "
                    + "awslogs groups when missing, register a revision only when the file changed, create the service "
                    + "or update only what changed, put its auto scaling when given, then follow the deployment to its end.",
            footer = {"  ecskit deploy --task-definition td.json --service web \\",
                "      --subnets subnet-0a1b2c3d --security-groups sg-0a1b2c3d",
                "  ecskit deploy --task-definition td.json --service-definition service.json --auto-scaling scaling.json",
                "  ecskit deploy --task-definition td.json --service-definition file://service.json --backend aws",
                "  ecskit deploy --task-definition td.json --service web --no-wait --output json \\",
                "      | jq -r .deploymentId"})
    static final class Deploy extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--task-definition", required = true, paramLabel = "FILE",
                description = "The task definition (RegisterTaskDefinition input). " + TaskDefinitionCommands.FILE_FORMS)
        String file;

        @Mixin
        ServiceOptions settings;

        @Mixin
        WaitOption wait;

        @picocli.CommandLine.Option(names = "--fail-fast", description = "At the first new task that cannot start (image pull, "
                + "secrets or log group, an essential container exiting before it ran), roll the deployment back at once "
                + "(StopServiceDeployment ROLLBACK) instead of waiting for the circuit breaker")
        boolean failFast;

        @picocli.CommandLine.Option(names = "--no-wait", description = "Return once the deployment started (exit 0, result NOT_FOLLOWED)")
        boolean noWait;

        @picocli.CommandLine.Option(names = "--auto-scaling", paramLabel = "FILE", description = "The service's auto scaling, put once the "
                + "service is created or updated: RegisterScalableTarget's members (MinCapacity, MaxCapacity, ...) with ScalingPolicies "
                + "(each PutScalingPolicy's members) and ScheduledActions (each PutScheduledAction's), without the service's "
                + "ResourceId. " + TaskDefinitionCommands.FILE_FORMS)
        String autoScaling;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.taskDefinition(file, file).flatMap(settings::command)
                    .flatMap(command -> autoScaling == null ? Either.right(command)
                            : Inputs.document("--auto-scaling", autoScaling, io.ecskit.json.ScalingJson::readServiceAutoScaling)
                            .map(command::withAutoScaling))
                    .map(command -> command.withTimeout(wait.timeout))
                    .map(command -> noWait ? command.withoutWaiting() : command)
                    .map(command -> failFast ? command.withFailFast() : command)
                    .flatMap(command -> follow(kit, progress -> kit.deploy(command, progress), progress())
                            .map(printed -> scaled(printed, command)))
                    .map(this::unfiredExits);
        }

        /** What the deploy put of the service's auto scaling, under its outcome (and as {@code autoScaling} in its JSON). */
        private static Printed scaled(Printed printed, io.ecskit.port.in.DeployService.Command command) {
            command.autoScalingOfService().forEach(a -> {
                if (printed.json() instanceof io.ecskit.json.JsonDocument document) {
                    document.put("autoScaling", io.ecskit.json.JsonDocument.object().put("resourceId", a.target().resourceId())
                            .put("minCapacity", a.target().minCapacity()).put("maxCapacity", a.target().maxCapacity())
                            .put("policyNames", a.policies().map(p -> p.policyName()))
                            .put("scheduledActionNames", a.scheduledActions().map(x -> x.scheduledActionName())));
                }
            });
            return command.autoScalingOfService().map(a -> new Printed(printed.json(), printed.text() + "\n    auto scaling: "
                    + a.target().resourceId() + " between " + a.target().minCapacity().get() + " and " + a.target().maxCapacity().get()
                    + " tasks" + (a.policies().isEmpty() ? "" : "; policies " + a.policies().map(p -> p.policyName()).mkString(", "))
                    + (a.scheduledActions().isEmpty() ? "" : "; scheduled actions " + a.scheduledActions().map(x -> x.scheduledActionName())
                    .mkString(", ")), printed.exitCode())).getOrElse(printed);
        }

        /**
         * A {@code --simulate exits=} fault makes a container exit 30 s after it starts: a deployment that reached its
         * steady state first succeeded without it, and this run ends with the command, so it never fires. Say so rather
         * than let the success look like the fault was ignored.
         */
        private Printed unfiredExits(Printed printed) {
            if (printed.exitCode() != EcskitCli.OK || noWait) {
                return printed;
            }
            String notes = global().simulate.stream().filter(f -> f.startsWith("exits=")).map(f -> "    note: --simulate " + f
                    + " had not fired when the deployment finished: a container exits 30 s after it starts, and the service reached "
                    + "its steady state first; this in-memory run ends with the command, so it never will (ecskit server keeps running)")
                    .collect(java.util.stream.Collectors.joining("\n"));
            if (notes.isEmpty()) {
                return printed;
            }
            if (json()) {
                narration().println(notes);   // standard error: the JSON document stays one document
                return printed;
            }
            return new Printed(printed.json(), printed.text() + "\n" + notes, printed.exitCode());
        }
    }

    /** Runs a use case that follows a deployment, progress going where narration goes; its outcome printed. */
    static Either<Failure, Printed> follow(EcsKit kit, java.util.function.Function<ProgressPrinter,
            Either<io.ecskit.domain.error.EcsError, io.ecskit.port.in.DeploymentOutcome>> use, ProgressPrinter progress) {
        var outcome = Inputs.aws(use.apply(progress));
        progress.finish();
        return outcome.map(o -> Outcomes.printed(o, kit.api().time().simulated()));
    }

    @Command(name = "update-service", mixinStandardHelpOptions = true,
            description = "Deploy a new image and/or environment on top of what the service runs: a new revision of its "
                    + "task definition with just that changed, then follow the deployment.",
            footer = {"  ecskit update-service --cluster apps --service web \\",
                "      --image 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:2",
                "  ecskit update-service --service web --env GREETING=hello --env LEVEL=debug --backend aws"})
    static final class Update extends CliCommand.OnKit {

        @Mixin
        ServiceTarget target;

        @picocli.CommandLine.Option(names = "--image", paramLabel = "IMAGE", description = "The container's new image")
        String image;

        @picocli.CommandLine.Option(names = "--container", paramLabel = "NAME",
                description = "Container to change (default: the first essential one)")
        String container;

        @picocli.CommandLine.Option(names = "--env", paramLabel = "NAME=VALUE",
                description = "Set an environment variable; repeatable")
        java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();

        @Mixin
        WaitOption wait;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return target.names().map(names -> new RedeployService.Command(names._1, names._2, Option.of(container), Option.of(image),
                            LinkedHashMap.ofAll(environment), wait.timeout))
                    // nothing to change is invalid input, named like any other problem
                    .flatMap(command -> command.violations().isEmpty() ? Either.right(command)
                            : Either.left(Failure.invalid(command.violations())))
                    .flatMap(command -> follow(kit, progress -> kit.redeploy(command, progress), progress()));
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = "Change the desired count and wait until that many tasks run.",
            footer = {"  ecskit scale --cluster apps --service web --desired-count 3 --backend aws"})
    static final class Scale extends CliCommand.OnKit {

        @Mixin
        ServiceTarget target;

        @picocli.CommandLine.Option(names = "--desired-count", required = true, paramLabel = "N",
                description = "Tasks to keep running (0 to stop them all)")
        int desired;

        @Mixin
        WaitOption wait;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return target.names().map(names -> new ScaleService.Command(names._1, names._2, desired, wait.timeout))
                    .flatMap(command -> follow(kit, progress -> kit.scale(command, progress), progress()));
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Deploy again the newest revision ecskit saw complete a deployment of the service.",
            footer = {"  ecskit rollback --cluster apps --service web --backend aws"})
    static final class Rollback extends CliCommand.OnKit {

        @Mixin
        ServiceTarget target;

        @Mixin
        WaitOption wait;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return target.names().map(names -> new RollbackService.Command(names._1, names._2, wait.timeout))
                    .flatMap(command -> follow(kit, progress -> kit.rollback(command, progress), progress()));
        }
    }

    @Command(name = "list-services", mixinStandardHelpOptions = true,
            description = "The services of a cluster (ARNs), as `aws ecs list-services` lists them.",
            footer = {"  ecskit list-services --cluster apps --backend aws --output json | jq -r '.serviceArns[]'"})
    static final class List extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
                description = "Cluster name or ARN (default: default)")
        String cluster;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.cluster("--cluster", cluster)
                    .flatMap(name -> Inputs.aws(kit.inspect().services(name)))
                    .map(arns -> Printed.of(JsonDocument.object().put("serviceArns", arns), arns.mkString("\n")));
        }
    }

    @Command(name = "describe-services", mixinStandardHelpOptions = true,
            description = "Services with their deployments and newest events, and the names ECS did not find, in `aws ecs "
                    + "describe-services` form with --output json.",
            footer = {"  ecskit describe-services --cluster apps --services web api --backend aws",
                "  ecskit describe-services --services web --output json | jq '.services[0].deployments'"})
    static final class Describe extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
                description = "Cluster name or ARN (default: default)")
        String cluster;

        @picocli.CommandLine.Option(names = "--services", required = true, arity = "1..*", paramLabel = "SERVICE",
                description = "Service names or ARNs (ECS takes up to 10 per call; ecskit asks as often as needed)")
        java.util.List<String> services;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.cluster("--cluster", cluster).flatMap(c -> Inputs.services("--services", services)
                    .flatMap(names -> Inputs.aws(kit.inspect().describeServices(c, names))))
                    .map(described -> Printed.of(JsonDocument.object().put("services", described.found())
                            .put("failures", described.failures().map(f -> JsonDocument.object().put("arn", f.arn())
                                    .put("reason", f.reason()).put("detail", f.detail()))), text(described)));
        }

        private static String text(Descriptions<Service> described) {
            StringBuilder text = new StringBuilder();
            described.found().forEach(s -> text.append(line(s)));
            described.failures().forEach(f -> text.append(f.arn()).append(": ").append(f.reason()).append('\n'));
            return text.toString().stripTrailing();
        }
    }

    /** A service as the text output shows it: counts, deployments, five newest events. */
    static String line(Service s) {
        StringBuilder text = new StringBuilder();
        text.append(s.serviceName().value()).append(": ").append(s.status()).append(", ")
                .append(s.launchType().map(Enum::name).getOrElse(() -> s.capacityProviderStrategy().isEmpty() ? "-"
                        : s.capacityProviderStrategy().map(i -> i.capacityProvider()).mkString("+"))).append(", desired ").append(s.desiredCount())
                .append(", running ").append(s.runningCount()).append(", pending ").append(s.pendingCount()).append('\n');
        s.networkConfiguration().flatMap(n -> n.awsvpcConfiguration()).forEach(v -> text.append("  network: subnets ")
                .append(v.subnets().mkString(",")).append(v.securityGroups().isEmpty() ? ", the VPC's default security group"
                        : ", security groups " + v.securityGroups().mkString(","))
                .append(", public IP ").append(v.assignPublicIp().map(a -> a.wire()).getOrElse("DISABLED")).append('\n'));
        s.deployments().forEach(d -> text.append("  deployment ").append(d.id()).append(' ').append(d.status()).append(' ')
                .append(d.rolloutState().map(Enum::name).getOrElse("-")).append(' ')
                .append(d.taskDefinition().map(t -> t.wire()).getOrElse("-")).append('\n'));
        s.events().take(5).forEach(e -> text.append("  event: ").append(e.message()).append('\n'));
        return text.toString();
    }
}
