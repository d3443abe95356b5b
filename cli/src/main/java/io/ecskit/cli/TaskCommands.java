package io.ecskit.cli;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.task.ContainerOverride;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskOverride;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.RunTask;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Standalone tasks: run one and wait for its exit code, describe tasks, stop one. */
final class TaskCommands {

    private TaskCommands() {
    }

    @Command(name = "run-task", mixinStandardHelpOptions = true,
            description = "Run a one-off task (a migration, a batch job) and wait until it stops: its log lines as they "
                    + "come, then how it ended. Exits with the essential container's exit code (like ecs-deploy run and "
                    + "ecspresso run); 3 when the task stopped without one (it failed to start, or was stopped) or was still "
                    + "running at --timeout. In memory, one-off tasks exit 0 after 30 s unless --simulate says otherwise.",
            footer = {"  ecskit run-task --cluster apps --task-definition app --container app --command 'rails db:migrate' \\",
                "      --subnets subnet-0a1b2c3d --security-groups sg-0a1b2c3d --backend aws",
                "  ecskit run-task --task-definition td.json --subnets subnet-0a1b2c3d --simulate one-off-exits=2@1m",
                "  ecskit run-task --task-definition app:7 --overrides file://overrides.json --no-wait --output json --backend aws"})
    static final class Run extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--task-definition", required = true, paramLabel = "FILE|FAMILY[:REV]|ARN",
                description = "A task-definition file (registered first when it changed; " + TaskDefinitionCommands.FILE_FORMS
                        + "), or a registered revision: family (its latest ACTIVE revision), family:revision or ARN")
        String taskDefinition;

        @picocli.CommandLine.Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
                description = "Cluster name or ARN (default: default)")
        String cluster;

        @picocli.CommandLine.Option(names = "--container", paramLabel = "NAME",
                description = "The container --command and --env apply to (default: the first essential one)")
        String container;

        @picocli.CommandLine.Option(names = "--command", paramLabel = "COMMAND",
                description = "Run this instead of the container's command: words as a shell splits them ('rails db:migrate', "
                        + "\"sh -c 'echo hi'\"), or a JSON array ([\"rails\",\"db:migrate\"])")
        String command;

        @picocli.CommandLine.Option(names = "--env", paramLabel = "NAME=VALUE", description = "Set an environment variable; repeatable")
        java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();

        @picocli.CommandLine.Option(names = "--overrides", paramLabel = "JSON|FILE",
                description = "Overrides as `aws ecs run-task --overrides` takes them (containerOverrides, cpu, memory, roles); "
                        + "--command and --env are added to them")
        String overrides;

        @picocli.CommandLine.Option(names = "--subnets", split = ",", paramLabel = "SUBNET", description = "awsvpc subnets, comma-separated")
        java.util.List<String> subnets = java.util.List.of();

        @picocli.CommandLine.Option(names = "--security-groups", split = ",", paramLabel = "GROUP",
                description = "awsvpc security groups, comma-separated")
        java.util.List<String> securityGroups = java.util.List.of();

        @picocli.CommandLine.Option(names = "--assign-public-ip", description = "Give the task a public IP address (assignPublicIp ENABLED)")
        boolean assignPublicIp;

        @picocli.CommandLine.Option(names = "--launch-type", paramLabel = "FARGATE|EC2",
                description = "Default: FARGATE when the task definition requires it, else EC2; any case")
        LaunchType launchType;

        @picocli.CommandLine.Option(names = "--started-by", defaultValue = "ecskit", paramLabel = "TEXT",
                description = "Shown as the task's startedBy (default: ecskit)")
        String startedBy;

        @picocli.CommandLine.Option(names = "--timeout", defaultValue = "30m", paramLabel = "DURATION",
                description = "How long to wait for the task to stop (default 30m; no 10-minute cap): 90s, 2h, PT45M. "
                        + "The task keeps running past it")
        Duration timeout;

        @picocli.CommandLine.Option(names = "--no-wait", description = "Return once the task started (exit 0, result NOT_FOLLOWED)")
        boolean noWait;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            Either<Failure, ClusterName> clusterName = Inputs.cluster("--cluster", cluster);
            Either<Failure, Seq<String>> commandWords = command == null ? Either.right(List.empty()) : words(command);
            Either<Failure, TaskOverride> given = overrides == null ? Either.right(TaskOverride.builder().build())
                    : Inputs.document("--overrides", overrides, EcsJson::readTaskOverride);
            Seq<String> problems = List.of(clusterName, commandWords, given).filter(Either::isLeft).flatMap(e -> e.getLeft().lines());
            if (!problems.isEmpty()) {
                return Either.left(new Failure.InvalidInput(problems));
            }
            if (kit instanceof io.ecskit.adapter.inmemory.InMemoryEcsKit memory) {
                // the in-memory world lives for this one run: its cluster exists only if made here
                memory.api().clusters().create(io.ecskit.domain.cluster.ClusterSpec.named(clusterName.get()));
                if (global().simulate.stream().noneMatch(s -> s.startsWith("one-off-exits="))) {
                    memory.simulator().oneOffTasksExit(0, Duration.ofSeconds(30));
                }
                narration().println("    (in memory: cluster " + clusterName.get().value() + " created for this run; one-off tasks "
                        + "exit as --simulate one-off-exits=CODE@DURATION says, 0 after 30 s by default)");
            }
            return definition(kit).flatMap(td -> {
                Either<Failure, TaskOverride> merged = merge(td._2, given.get(), commandWords.get());
                if (merged.isLeft()) {
                    return Either.left(merged.getLeft());
                }
                RunTaskSpec spec = spec(clusterName.get(), td, merged.get());
                if (kit instanceof io.ecskit.adapter.inmemory.InMemoryEcsKit && spec.launchType().contains(LaunchType.EC2)) {
                    narration().println("    (in memory there are no EC2 container instances: run a Fargate definition, or use ecskit server "
                            + "and POST /_ecskit/container-instances?cluster=" + clusterName.get().value() + ")");
                }
                RunTask.Command run = (td._1.isDefined() ? RunTask.Command.registering(td._1.get(), spec) : RunTask.Command.of(spec))
                        .withTimeout(timeout);
                if (noWait) {
                    run = run.withoutWaiting();
                }
                boolean[] announced = {false};
                var outcome = Inputs.aws(kit.runTask(run, progress -> {
                    if (!announced[0]) {
                        narration().println("    started task " + progress.task().taskId() + " in " + clusterName.get().value());
                        announced[0] = true;
                    }
                    progress.newLogs().forEach(e -> narration().println("    " + LogCommands.text(e)));
                    narration().flush();
                }));
                return outcome.map(o -> printed(o, kit.api().time().simulated()));
            });
        }

        /** The definition to register (a file) or none, and the definition as ECS has it (for the container names). */
        private Either<Failure, io.vavr.Tuple2<Option<TaskDefinition>, TaskDefinition>> definition(EcsKit kit) {
            // a family or ARN has no path separator or .json ending; a path that names no file is said so, not parsed as a family
            boolean document = taskDefinition.equals("-") || taskDefinition.startsWith("file://")
                    || taskDefinition.stripLeading().startsWith("{") || Files.isRegularFile(Path.of(taskDefinition))
                    || (!taskDefinition.startsWith("arn:") && (taskDefinition.contains("/") || taskDefinition.endsWith(".json")));
            if (document) {
                return Inputs.taskDefinition("--task-definition", taskDefinition).map(td -> io.vavr.Tuple.of(Option.of(td), td));
            }
            return Inputs.value("--task-definition", TaskDefinitionRef.parse(taskDefinition))
                    .flatMap(ref -> Inputs.aws(kit.api().taskDefinitions().describe(ref))
                            .flatMap(found -> found.toEither(() -> Failure.invalid("--task-definition: no task definition "
                                    + taskDefinition + " is registered (give a file to register it)")))
                            .map(registered -> io.vavr.Tuple.of(Option.<TaskDefinition>none(), registered.definition())));
        }

        private RunTaskSpec spec(ClusterName clusterName, io.vavr.Tuple2<Option<TaskDefinition>, TaskDefinition> td, TaskOverride merged) {
            TaskDefinition definition = td._2;
            var spec = RunTaskSpec.builder().cluster(clusterName)
                    .taskDefinition(td._1.isDefined() ? TaskDefinitionRef.latest(definition.family()) : TaskDefinitionRef.parse(taskDefinition).get())
                    .launchType(launchType != null ? launchType
                            : definition.requiresCompatibilities().contains(Compatibility.FARGATE) ? LaunchType.FARGATE : LaunchType.EC2)
                    .startedBy(startedBy);
            if (!subnets.isEmpty() || !securityGroups.isEmpty()) {
                spec.networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(subnets, securityGroups,
                        assignPublicIp ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED)));
            }
            if (!merged.equals(TaskOverride.builder().build())) {
                spec.overrides(merged);
            }
            return spec.build();
        }

        /** --overrides with --command and --env added to the container they name (default: the first essential one). */
        private Either<Failure, TaskOverride> merge(TaskDefinition td, TaskOverride given, Seq<String> words) {
            if (words.isEmpty() && environment.isEmpty()) {
                return Either.right(given);
            }
            Option<String> target = Option.of(container).orElse(() -> td.containerDefinitions().find(ContainerDefinition::isEssential)
                    .flatMap(ContainerDefinition::name));
            if (target.isEmpty()) {
                return Either.left(Failure.invalid("--container: the task definition has no essential container; name one"));
            }
            String name = target.get();
            ContainerOverride base = given.containerOverrides().find(o -> o.name().contains(name))
                    .getOrElse(() -> ContainerOverride.builder().name(name).build());
            var changed = base.toBuilder();
            if (!words.isEmpty()) {
                changed.command(List.ofAll(words));
            }
            if (!environment.isEmpty()) {
                List<KeyValuePair> added = List.ofAll(environment.entrySet()).map(e -> KeyValuePair.of(e.getKey(), e.getValue()));
                changed.environment(base.environment().filter(e -> !added.exists(a -> a.name().equals(e.name()))).appendAll(added));
            }
            ContainerOverride override = changed.build();
            List<ContainerOverride> all = given.containerOverrides().exists(o -> o.name().contains(name))
                    ? given.containerOverrides().map(o -> o.name().contains(name) ? override : o)
                    : given.containerOverrides().append(override);
            return Either.right(given.toBuilder().containerOverrides(all).build());
        }
    }

    /** 0 when every essential container exited 0 or the task was not followed; else its exit code, or 3 without one. */
    static int exitCode(RunTask.Outcome o) {
        return switch (o.result()) {
            case SUCCEEDED, NOT_FOLLOWED -> EcskitCli.OK;
            case FAILED -> o.exitCode().filter(c -> c != 0).getOrElse(EcskitCli.DEPLOYMENT_FAILED);
            case TIMED_OUT -> EcskitCli.DEPLOYMENT_FAILED;
        };
    }

    static Printed printed(RunTask.Outcome o, boolean simulated) {
        StringBuilder text = new StringBuilder("    outcome: ").append(o.result()).append(" (task ").append(o.taskArn().taskId());
        o.exitCode().forEach(c -> text.append(", exit code ").append(c));
        if (o.result() != RunTask.Result.NOT_FOLLOWED) {
            text.append(", waited ").append(o.elapsed().toSeconds()).append(" s").append(simulated ? " simulated" : "");
        }
        text.append(')');
        o.stopCode().forEach(c -> text.append("\n    stopped: ").append(c.wire()).append(": ").append(o.stoppedReason().getOrElse("")));
        o.containers().forEach(c -> text.append("\n    container ").append(c.name()).append(c.essential() ? " (essential)" : "")
                .append(": ").append(c.exitCode().map(code -> "exit code " + code).getOrElse("no exit code"))
                .append(c.reason().map(r -> ", " + r).getOrElse("")));
        JsonDocument json = JsonDocument.object().put("result", o.result().name()).put("taskArn", o.taskArn().wire())
                .put("exitCode", o.exitCode()).put("stopCode", o.stopCode().map(c -> c.wire())).put("stoppedReason", o.stoppedReason())
                .put("containers", o.containers().map(c -> JsonDocument.object().put("name", c.name()).put("essential", c.essential())
                        .put("exitCode", c.exitCode()).put("reason", c.reason())))
                .put("logs", o.logs().map(LogCommands::eventJson))
                .put("waitedSeconds", o.elapsed().toSeconds()).put("simulatedTime", simulated)
                .put("task", o.task());
        return new Printed(json, text.toString(), exitCode(o));
    }

    /**
     * A command as words: a JSON array of strings, or the words a POSIX shell would split (single and double quotes,
     * backslash escapes outside single quotes); an unclosed quote is refused.
     */
    static Either<Failure, Seq<String>> words(String command) {
        String text = command.strip();
        if (text.startsWith("[")) {
            return EcsJson.readStrings(text).mapLeft(problem -> Failure.invalid("--command: expected a JSON array of strings, "
                    + "e.g. [\"rails\",\"db:migrate\"]"));
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote == '\'') {
                if (ch == '\'') {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (ch == '\\' && i + 1 < text.length() && (quote == 0 || "\"\\$`".indexOf(text.charAt(i + 1)) >= 0)) {
                word = word == null ? new StringBuilder() : word;
                word.append(text.charAt(++i));
            } else if (quote == '"') {
                if (ch == '"') {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(ch)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(ch);
            }
        }
        if (quote != 0) {
            return Either.left(Failure.invalid("--command: the quote " + quote + " is never closed"));
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words.isEmpty() ? Either.left(Failure.invalid("--command: empty")) : Either.right(List.ofAll(words));
    }

    @Command(name = "describe-tasks", mixinStandardHelpOptions = true,
            description = "Tasks as DescribeTasks answers them: status, stop code and reason, each container's exit code. "
                    + "With --output json: {\"tasks\": [...], \"failures\": [...]} as `aws ecs describe-tasks` prints them.",
            footer = {"  ecskit describe-tasks --cluster apps --tasks 0f1e2d3c4b5a69788 --backend aws"})
    static final class Describe extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
                description = "Cluster name or ARN (default: default)")
        String cluster;

        @picocli.CommandLine.Option(names = "--tasks", required = true, split = ",", paramLabel = "TASK",
                description = "Task ids or ARNs, comma-separated (any number: asked 100 at a time)")
        java.util.List<String> tasks;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.cluster("--cluster", cluster).flatMap(name -> arns(kit, name, tasks)
                    .flatMap(arns -> Inputs.aws(kit.api().tasks().describe(name, arns)))
                    .map(d -> Printed.of(JsonDocument.object().put("tasks", d.found()).put("failures", d.failures()
                                    .map(f -> JsonDocument.object().put("arn", f.arn()).put("reason", f.reason()))),
                            d.found().map(TaskCommands::summary).appendAll(d.failures().map(f -> f.arn() + "  " + f.reason()))
                                    .mkString("\n"))));
        }
    }

    @Command(name = "stop-task", mixinStandardHelpOptions = true,
            description = "Stop a task (StopTask): it goes through STOPPING to STOPPED with stop code UserInitiated and your reason.",
            footer = {"  ecskit stop-task --cluster apps --task 0f1e2d3c4b5a69788 --reason 'stuck migration' --backend aws"})
    static final class Stop extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
                description = "Cluster name or ARN (default: default)")
        String cluster;

        @picocli.CommandLine.Option(names = "--task", required = true, paramLabel = "TASK", description = "Task id or ARN")
        String task;

        @picocli.CommandLine.Option(names = "--reason", defaultValue = "Stopped by ecskit", paramLabel = "TEXT",
                description = "Shown as the task's stoppedReason (default: Stopped by ecskit)")
        String reason;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.cluster("--cluster", cluster).flatMap(name -> arns(kit, name, java.util.List.of(task))
                    .flatMap(arns -> Inputs.aws(kit.api().tasks().stop(name, arns.head(), reason)))
                    .map(t -> Printed.of(JsonDocument.object().put("task", t), summary(t))));
        }
    }

    /** Task ids or ARNs as ARNs of the cluster's tasks. */
    private static Either<Failure, Seq<TaskArn>> arns(EcsKit kit, ClusterName cluster, java.util.List<String> given) {
        Seq<Either<Failure, TaskArn>> read = List.ofAll(given).map(t -> t.startsWith("arn:")
                ? Inputs.value("--tasks", TaskArn.parse(t))
                : t.matches("[a-zA-Z0-9-]{1,64}") ? Either.right(new TaskArn(new io.ecskit.domain.Region(kit.region()),
                        new io.ecskit.domain.AccountId(kit.accountId()), cluster, t))
                : Either.left(Failure.invalid("--tasks: '" + t + "' is neither a task id nor a task ARN")));
        Seq<String> problems = read.filter(Either::isLeft).flatMap(e -> e.getLeft().lines());
        return problems.isEmpty() ? Either.right(read.map(Either::get)) : Either.left(new Failure.InvalidInput(problems));
    }

    /** One line: id, status (desired), stop code and reason, each container's exit code. */
    static String summary(Task t) {
        return t.taskArn().taskId() + "  " + t.lastStatus() + " (desired " + t.desiredStatus() + ")"
                + "  " + t.taskDefinitionArn().wire().substring(t.taskDefinitionArn().wire().lastIndexOf('/') + 1)
                + t.stopCode().map(c -> "  " + c.wire() + ": " + t.stoppedReason().getOrElse("")).getOrElse("")
                + List.ofAll(t.containers()).map(c -> "  " + c.name().getOrElse("") + "=" + c.exitCode().map(String::valueOf).getOrElse("-"))
                .mkString("");
    }
}
