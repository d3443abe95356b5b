package io.ecskit.cli;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.json.RecordJson;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonFiles;
import io.ecskit.json.SdkJson;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DeploymentOutcome;
import io.vavr.control.Either;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command that works on one backend: opens the kit, runs, prints text or JSON, maps errors to exit codes. */
abstract class KitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    EcskitCli root;

    abstract int run(EcsKit kit);

    @Override
    public final Integer call() {
        try (EcsKit kit = root.openKit()) {
            return run(kit);
        }
    }

    GlobalOptions global() {
        return root.global;
    }

    boolean json() {
        return root.global.output == GlobalOptions.Output.json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints a value: {@code text} for people, its JSON form with --output json. */
    void print(Object value, String text) {
        out().println(json() ? (EcsJson.hasShape(value) ? SdkJson.pretty(EcsJson.node(value)) : RecordJson.write(value)) : text);
    }

    static <T> T orFail(Either<EcsError, T> result) {
        return result.getOrElseThrow(EcsErrorException::new);
    }

    TaskDefinition readTaskDefinition(Path file) {
        var read = JsonFiles.read(file.toString(), System.in).flatMap(EcsJson::readTaskDefinition);
        if (read.isLeft()) {
            throw new InvalidInputException(read.getLeft() instanceof io.ecskit.json.JsonProblem.Unreadable
                    ? read.getLeft().describe() : file + ": " + read.getLeft().describe());
        }
        return read.get();
    }

    /** Prints a deployment's outcome; exit 3 when it did not succeed. */
    int outcome(DeploymentOutcome outcome, ProgressPrinter progress) {
        progress.finish();
        if (json()) {
            out().println(RecordJson.write(outcome));
        } else {
            OutcomePrinter.print(out(), outcome);
        }
        // not following was asked for: the deployment started, nothing is known to have failed
        boolean fine = outcome.succeeded() || outcome.result() == DeploymentOutcome.Result.NOT_FOLLOWED;
        return fine ? EcskitCli.OK : EcskitCli.DEPLOYMENT_FAILED;
    }

    ProgressPrinter progress() {
        return json()
                ? new ProgressPrinter(new PrintWriter(java.io.Writer.nullWriter()), false)
                : ProgressPrinter.forConsole(out());
    }

    /** Bad input found by the CLI itself: exit 2 with the message. */
    static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message) {
            super(message);
        }
    }
}
