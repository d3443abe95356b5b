package io.ecskit.cli;

import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.DeploymentLifecycleHookAction;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentBrief;
import io.ecskit.domain.service.StopServiceDeploymentStopType;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.vavr.control.Either;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** ECS's service deployments: list, describe, continue a paused one, stop one. */
final class DeploymentCommands {

    private DeploymentCommands() {
    }

    static String line(ServiceDeploymentBrief b) {
        return b.serviceDeploymentArn() + "  " + b.status().map(s -> s.wire()).getOrElse("-")
                + b.createdAt().map(t -> "  " + t).getOrElse("") + b.statusReason().map(r -> "  " + r).getOrElse("");
    }

    @Command(name = "deployments", mixinStandardHelpOptions = true,
            description = "A service's deployments, newest first, as `aws ecs list-service-deployments` lists them; "
                    + "`deployments describe ARN...` shows stages, traffic weights, hooks, alarms and rollback.",
            subcommands = Describe.class,
            footer = {"  ecskit deployments --cluster apps --service web --backend aws",
                "  ecskit deployments describe arn:aws:ecs:eu-west-1:123456789012:service-deployment/apps/web/abc --output json"})
    static final class List extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
                description = "Cluster name or ARN (default: default)")
        String cluster;

        @picocli.CommandLine.Option(names = "--service", required = true, paramLabel = "SERVICE", description = "Service name or ARN")
        String service;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.cluster("--cluster", cluster)
                    .flatMap(c -> Inputs.value("--service", ServiceName.parse(service))
                            .flatMap(s -> Inputs.aws(kit.api().serviceDeployments().list(c, s, io.vavr.collection.List.empty()))))
                    .map(found -> Printed.of(JsonDocument.object().put("serviceDeployments", found),
                            found.isEmpty() ? "no service deployments" : found.map(DeploymentCommands::line).mkString("\n")));
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = "Service deployments in `aws ecs describe-service-deployments` form with --output json.")
    static final class Describe extends CliCommand.OnKit {

        @Parameters(arity = "1..20", paramLabel = "ARN", description = "Service deployment ARNs (1..20)")
        java.util.List<String> arns;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.aws(kit.api().serviceDeployments().describe(io.vavr.collection.List.ofAll(arns)))
                    .map(d -> Printed.of(JsonDocument.object().put("serviceDeployments", d.found()).put("failures", d.failures()),
                            d.found().map(DeploymentCommands::text).appendAll(d.failures().map(f -> f.arn() + ": " + f.reason()))
                                    .mkString("\n")));
        }
    }

    static String text(ServiceDeployment d) {
        StringBuilder text = new StringBuilder(Outcomes.serviceDeployment(d).strip());
        d.sourceServiceRevisions().forEach(r -> text.append("\n    from ").append(r.arn()).append(": running ")
                .append(r.runningTaskCount().getOrElse(0)));
        d.targetServiceRevision().forEach(r -> text.append("\n    to ").append(r.arn()).append(": running ")
                .append(r.runningTaskCount().getOrElse(0)).append(" of ").append(r.requestedTaskCount().getOrElse(0)));
        return text.toString();
    }

    @Command(name = "continue-deployment", mixinStandardHelpOptions = true,
            description = "Answer a PAUSE lifecycle hook waiting in AWAITING_ACTION (ContinueServiceDeployment).",
            footer = {"  ecskit continue-deployment ARN --hook-id 0a1b... --action ROLLBACK --backend aws"})
    static final class Continue extends CliCommand.OnKit {

        @Parameters(paramLabel = "ARN", description = "The service deployment")
        String arn;

        @picocli.CommandLine.Option(names = "--hook-id", required = true, paramLabel = "ID",
                description = "The hook's id (`deployments describe` shows it)")
        String hookId;

        @picocli.CommandLine.Option(names = "--action", defaultValue = "CONTINUE", paramLabel = "CONTINUE|ROLLBACK",
                description = "CONTINUE (default) or ROLLBACK")
        DeploymentLifecycleHookAction action;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.aws(kit.api().serviceDeployments().continueDeployment(arn, hookId, action))
                    .map(done -> Printed.of(JsonDocument.object().put("serviceDeploymentArn", done), done + ": " + action));
        }
    }

    @Command(name = "stop-deployment", mixinStandardHelpOptions = true,
            description = "Stop a service deployment in progress (StopServiceDeployment): ROLLBACK to the source revision, or ABORT.",
            footer = {"  ecskit stop-deployment ARN --backend aws", "  ecskit stop-deployment ARN --stop-type ABORT"})
    static final class Stop extends CliCommand.OnKit {

        @Parameters(paramLabel = "ARN", description = "The service deployment")
        String arn;

        @picocli.CommandLine.Option(names = "--stop-type", defaultValue = "ROLLBACK", paramLabel = "ROLLBACK|ABORT",
                description = "ROLLBACK (default) or ABORT")
        StopServiceDeploymentStopType stopType;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.aws(kit.api().serviceDeployments().stop(arn, stopType))
                    .map(done -> Printed.of(JsonDocument.object().put("serviceDeploymentArn", done), done + ": stopping (" + stopType + ")"));
        }
    }
}
