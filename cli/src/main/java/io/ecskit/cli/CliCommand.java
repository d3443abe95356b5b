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

    /**
     * The global options this command acts on (by their longest name), for its help and to refuse the others by name;
     * empty: all of them.
     */
    java.util.Set<String> globalOptionsThatApply() {
        return java.util.Set.of();
    }

    private boolean isGlobal(String longestName) {
        return spec.root().options().stream().anyMatch(o -> o.longestName().equals(longestName) && o.scopeType() == picocli.CommandLine.ScopeType.INHERIT);
    }

    /** The global options given on the command line that this command does not act on, as the user wrote them. */
    java.util.List<String> inapplicableGlobalOptions() {
        java.util.Set<String> apply = globalOptionsThatApply();
        if (apply.isEmpty()) {
            return java.util.List.of();
        }
        // given before the command name (ecskit --backend aws server) they are the root's; after it, the command's
        java.util.stream.Stream<picocli.CommandLine.Model.OptionSpec> given = java.util.stream.Stream.concat(
                spec.root().commandLine().getParseResult().matchedOptions().stream(),
                spec.commandLine().getParseResult().matchedOptions().stream());
        return given.map(picocli.CommandLine.Model.OptionSpec::longestName)
                .filter(name -> isGlobal(name) && !apply.contains(name)).distinct().toList();
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
