package io.ecskit.cli;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DiffTaskDefinition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Task definitions: validate, register, list, diff. */
final class TaskDefinitionCommands {

    static final String FILE_FORMS = "A path, file://PATH, or - for standard input.";

    private TaskDefinitionCommands() {
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a task definition against the rules ECS applies at RegisterTaskDefinition; list every "
                    + "violation, in ECS's words. Nothing is sent anywhere.",
            footer = {"  ecskit validate hello-world-task-def.json",
                "  ecskit validate --launch-type fargate - < task-def.json",
                "  ecskit validate --output json td.json | jq '.violations[].message'"})
    static final class Validate extends CliCommand {

        @Parameters(paramLabel = "FILE", description = "register-task-definition input or describe-task-definition output. "
                + FILE_FORMS)
        String file;

        @picocli.CommandLine.Option(names = "--launch-type", paramLabel = "FARGATE|EC2",
                description = "Validate for this launch type only (default: each one in requiresCompatibilities, else EC2)")
        LaunchType launchType;

        @Override
        Either<Failure, Printed> execute() {
            var read = Inputs.taskDefinition("FILE", file);
            if (read.isLeft()) {
                return Either.left(read.getLeft());
            }
            TaskDefinition td = read.get();
            Seq<Violation> violations = violations(td);
            // ECS registers these; ecskit warns (exit code unchanged): plain environment values that look secret
            Seq<io.ecskit.domain.taskdef.SecretHygiene.Warning> warnings = io.ecskit.domain.taskdef.SecretHygiene.plainSecrets(td);
            Seq<String> checked = checked(td);
            JsonDocument json = JsonDocument.object().put("valid", violations.isEmpty()).put("file", file).put("family", td.family())
                    .put("launchTypes", checked)
                    .put("violations", violations.map(v -> JsonDocument.object().put("path", v.path())
                            .put("kind", v.kind().awsCode()).put("message", v.message())
                            .put("rule", v.rule().map(io.ecskit.domain.EcsRule::id)).put("call", v.rule().map(io.ecskit.domain.EcsRule::call))))
                    .put("warnings", warnings.map(w -> JsonDocument.object().put("path", w.path()).put("message", w.message())));
            String warned = warnings.map(w -> "warning: " + w + "\n").mkString();
            if (violations.isEmpty()) {
                return Either.right(Printed.of(json, warned + "valid: " + td.family() + " for " + checked.mkString(", ")
                        + "; " + plural(td.containerDefinitions().size(), "container")
                        + td.cpu().map(c -> "; cpu " + c).getOrElse("") + td.memory().map(m -> "; memory " + m).getOrElse("")));
            }
            String text = warned + violations.map(v -> v.kind().awsCode() + ": " + v + v.laterCall().map(call -> " (refused at " + call + ")").getOrElse("")).mkString("\n")
                    + "\n" + file + ": " + plural(violations.size(), "violation");
            return Either.right(new Printed(json, text, EcskitCli.INVALID_INPUT));
        }

        private Seq<Violation> violations(TaskDefinition td) {
            if (launchType == null) {
                return TaskDefinitionRules.validate(td).fold(v -> v, ok -> io.vavr.collection.List.empty());
            }
            return TaskDefinitionRules.checkCompatible(td, launchType).fold(v -> v, ok -> io.vavr.collection.List.<Violation>empty())
                    .appendAll(TaskDefinitionRules.validate(td, launchType).fold(v -> v, ok -> io.vavr.collection.List.empty()));
        }

        private Seq<String> checked(TaskDefinition td) {
            return launchType != null ? io.vavr.collection.List.of(launchType.wire())
                    : td.requiresCompatibilities().isEmpty() ? io.vavr.collection.List.of(LaunchType.EC2.wire())
                    : td.requiresCompatibilities().map(c -> c.wire());
        }
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Command(name = "register-task-definition", mixinStandardHelpOptions = true,
            description = "Register a task definition from JSON, as `aws ecs register-task-definition --cli-input-json` "
                    + "does. Checked first against ECS's rules: nothing is registered when one is broken.",
            footer = {"  ecskit register-task-definition --cli-input-json file://hello-world-task-def.json",
                "  ecskit register-task-definition --file td.json --output json \\",
                "      | jq -r .taskDefinition.taskDefinitionArn"})
    static final class Register extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = {"--cli-input-json", "--file"}, required = true, paramLabel = "JSON",
                description = "The RegisterTaskDefinition input: " + FILE_FORMS + ", or the JSON itself")
        String input;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.taskDefinition("--cli-input-json", input)
                    .flatMap(td -> TaskDefinitionRules.validate(td).mapLeft(v -> new Failure.Aws(new io.ecskit.domain.error.EcsError.Invalid(v))))
                    .flatMap(td -> Inputs.aws(kit.api().taskDefinitions().register(td)))
                    .map(registered -> Printed.of(EcsJson.describe(registered), registered.taskDefinitionArn() + " (" + registered.status() + ")"));
        }
    }

    @Command(name = "list-task-definitions", mixinStandardHelpOptions = true,
            description = "Task-definition revisions (ARNs), oldest first, as `aws ecs list-task-definitions` lists them.",
            footer = {"  ecskit list-task-definitions --family-prefix hello-world --backend aws",
                "  ecskit list-task-definitions --status INACTIVE --output json"})
    static final class List extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--family-prefix", paramLabel = "FAMILY",
                description = "Only this family's revisions. Despite its name ECS matches the full family name "
                        + "(ListTaskDefinitions' familyPrefix), so hello does not list hello-world")
        String prefix;

        @picocli.CommandLine.Option(names = "--status", defaultValue = "ACTIVE", paramLabel = "ACTIVE|INACTIVE",
                description = "Revisions in this status (default ACTIVE)")
        TaskDefinitionStatus status;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return Inputs.aws(kit.api().taskDefinitions().list(Option.of(prefix), status))
                    .map(arns -> Printed.of(JsonDocument.object().put("taskDefinitionArns", arns), arns.mkString("\n")));
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What deploying FILE would change, field by field. With --service (or a --service-definition "
                    + "naming one): what `ecskit deploy` with the same options would change, revision and service "
                    + "settings. Without: FILE against the family's latest ACTIVE revision.",
            footer = {"  ecskit diff td.json --backend aws",
                "  ecskit diff --task-definition td.json --cluster apps --service web --desired-count 3"})
    static final class Diff extends CliCommand.OnKit {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The task definition to deploy. " + FILE_FORMS)
        String positional;

        @picocli.CommandLine.Option(names = "--task-definition", paramLabel = "FILE", description = "The same as FILE")
        String option;

        @Mixin
        ServiceOptions settings;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            if ((positional == null) == (option == null)) {
                return Either.left(Failure.invalid("FILE: give the task definition once, as FILE or --task-definition FILE"));
            }
            String file = positional != null ? positional : option;
            boolean againstService = settings.service != null || settings.serviceDefinition != null;
            return Inputs.taskDefinition(file, file)
                    .flatMap(td -> againstService
                            ? settings.command(td).map(DiffTaskDefinition.Command::againstService)
                            : Either.right(DiffTaskDefinition.Command.againstLatest(td)))
                    .flatMap(command -> Inputs.aws(kit.diff(command))
                            // never print what a secret-looking variable or a secrets reference holds
                            .map(changes -> io.ecskit.domain.taskdef.SecretHygiene.masked(changes, io.vavr.collection.List.of(command.desired()))))
                    .map(changes -> Printed.of(JsonDocument.object().put("changes", changes),
                            changes.isEmpty() ? "no changes" : changes.mkString("\n")));
        }
    }

    static String revision(RegisteredTaskDefinition registered) {
        return registered.taskDefinitionArn().familyRevision();
    }
}
