package io.ecskit.cli;

import io.ecskit.port.EcsKit;
import io.vavr.control.Either;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command: it answers with a {@link Printed} result or a {@link Failure}, and {@link EcskitCli#finish}
 * prints either and picks the exit code. Commands never print errors or exit codes themselves.
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command. */
    abstract Either<Failure, Printed> execute();

    @Override
    public final Integer call() {
        return cli().finish(spec.commandLine(), this::execute);
    }

    EcskitCli cli() {
        return (EcskitCli) spec.root().userObject();
    }

    GlobalOptions global() {
        return cli().global;
    }

    boolean json() {
        return global().json();
    }

    /** Where narration goes (step headers, progress, events): standard output for text, standard error with --output json. */
    PrintWriter narration() {
        return json() ? spec.commandLine().getErr() : spec.commandLine().getOut();
    }

    ProgressPrinter progress() {
        return ProgressPrinter.forConsole(narration());
    }

    /** A command that works on one backend: opens the kit the global options name, runs, closes it. */
    abstract static class OnKit extends CliCommand {

        abstract Either<Failure, Printed> run(EcsKit kit);

        @Override
        final Either<Failure, Printed> execute() {
            return cli().kits.open(global()).flatMap(kit -> {
                try (EcsKit open = kit) {
                    return run(open);
                }
            });
        }
    }
}
