package io.ecskit.cli;

import io.ecskit.port.EcsKit;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the CLI: exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** As a user runs it: the backend the options name (a fresh in-memory ECS by default). */
    static CliRun of(String... args) {
        return run(GlobalOptions::open, args);
    }

    /** On a kit the test prepared (state from earlier runs, scripted faults); the in-memory kit's close keeps its state. */
    static CliRun on(EcsKit kit, String... args) {
        return run(options -> kit, args);
    }

    private static CliRun run(EcskitCli.KitOpener kits, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EcskitCli.run(kits, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
