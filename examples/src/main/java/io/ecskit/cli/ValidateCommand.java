package io.ecskit.cli;

import io.ecskit.domain.Violation;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.ecskit.json.JsonProblem;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonFiles;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ecskit validate FILE}: would ECS register this task definition? Every reason it would not. */
@Command(name = "validate", description = "Check a task-definition JSON file against the rules ECS applies; list every violation.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "register-task-definition input or describe-task-definition output")
    Path file;

    @Option(names = "--launch-type", paramLabel = "FARGATE|EC2",
            description = "Validate for this launch type (default: each one in requiresCompatibilities).")
    LaunchType launchType;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var read = JsonFiles.read(file.toString(), System.in).flatMap(EcsJson::readTaskDefinition);
        if (read.isLeft()) {
            return report(err, read.getLeft());
        }
        TaskDefinition td = read.get();
        Seq<Violation> violations = violations(td);
        if (!violations.isEmpty()) {
            violations.forEach(err::println);
            err.println(file + ": " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
            return EcskitCli.INVALID_INPUT;
        }
        out.println(summary(td));
        return EcskitCli.OK;
    }

    private Seq<Violation> violations(TaskDefinition td) {
        if (launchType == null) {
            return TaskDefinitionRules.validate(td).fold(v -> v, ok -> List.empty());
        }
        return TaskDefinitionRules.checkCompatible(td, launchType).fold(v -> v, ok -> List.<Violation>empty())
                .appendAll(TaskDefinitionRules.validate(td, launchType).fold(v -> v, ok -> List.empty()));
    }

    private String summary(TaskDefinition td) {
        Seq<String> checked = launchType != null ? List.of(launchType.wire())
                : td.requiresCompatibilities().isEmpty() ? List.of(LaunchType.EC2.wire()) : td.requiresCompatibilities().map(c -> c.wire());
        return "valid: " + td.family() + " for " + checked.mkString(", ")
                + "; " + td.containerDefinitions().size() + " container" + (td.containerDefinitions().size() == 1 ? "" : "s")
                + td.cpu().map(c -> "; cpu " + c).getOrElse("") + td.memory().map(m -> "; memory " + m).getOrElse("");
    }

    private int report(PrintWriter err, JsonProblem problem) {
        if (problem instanceof JsonProblem.Invalid invalid) {
            invalid.violations().forEach(err::println);
        } else {
            err.println(file + ": " + problem.describe().replaceFirst("^" + java.util.regex.Pattern.quote(file + ": "), ""));
        }
        return EcskitCli.INVALID_INPUT;
    }
}
