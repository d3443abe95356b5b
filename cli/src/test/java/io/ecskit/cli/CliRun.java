package io.ecskit.cli;

import io.ecskit.port.EcsKit;
import io.vavr.control.Either;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the CLI on a kit the test prepared (state from earlier runs, scripted faults):
 * what the shipped jar cannot show, since its in-memory ECS lives one process. Everything else is tested
 * on the jar itself ({@link JarRun}).
 */
record CliRun(int exitCode, String out, String err) {

    /** The in-memory kit's close keeps its state, so consecutive runs see each other's work. */
    /** Runs with the kit the options open, as the shipped CLI does (in memory: a fresh kit per run). */
    static CliRun on(EcskitCli.KitOpener opener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EcskitCli.run(opener, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun on(EcsKit kit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EcskitCli.run(options -> Either.right(kit), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
