package io.ecskit.cli;

import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * {@code ecskit}: the seed's aws-cli walkthrough as one tool, on the in-memory backend or AWS.
 * Exit codes: 0 success; 2 invalid input (every violation listed); 3 a deployment that did not
 * succeed; 1 anything else, with a one-line cause (a stack trace only with --debug).
 */
@Command(name = "ecskit", mixinStandardHelpOptions = true, version = "ecskit 0.1.0",
        description = "Put containers on Amazon ECS / Fargate, or rehearse it in memory.",
        subcommands = {ValidateCommand.class, HelloWorldCommand.class, DeployCommand.class,
            SeedCommands.Register.class, SeedCommands.CreateCluster.class, SeedCommands.CreateLogGroup.class,
            SeedCommands.UpdateService.class, SeedCommands.Scale.class, SeedCommands.Rollback.class, SeedCommands.Diff.class,
            SeedCommands.ListTaskDefinitions.class, SeedCommands.ListServices.class, SeedCommands.DescribeServices.class,
            SeedCommands.Cleanup.class, ImageAndLogCommands.Push.class, ImageAndLogCommands.Logs.class})
public final class EcskitCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int DEPLOYMENT_FAILED = 3;

    /** How commands get their kit: from the global options, or (in tests) one prepared by the caller. */
    @FunctionalInterface
    interface KitOpener {
        EcsKit open(GlobalOptions options);
    }

    @Mixin
    GlobalOptions global;

    private final KitOpener kits;

    private EcskitCli(KitOpener kits) {
        this.kits = kits;
    }

    /** The kit the current command works on; the command closes it. */
    EcsKit openKit() {
        return kits.open(global);
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with the given streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(GlobalOptions::open, out, err, args);
    }

    /** Runs one command line on the kits {@code kits} opens: how tests script a backend (faults, existing state). */
    static int run(KitOpener kits, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new EcskitCli(kits));
        cli.registerConverter(Duration.class, Durations::parse);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getOut().flush();
            PrintWriter errors = commandLine.getErr();
            if (parseResult.originalArgs().contains("--debug")) {
                e.printStackTrace(errors);
            }
            if (e instanceof KitCommand.InvalidInputException) {
                // one "path: message" line per violation, every one of them
                errors.println(e.getMessage());
                return INVALID_INPUT;
            }
            errors.println("ecskit: " + oneLine(e));
            if (e instanceof EcsErrorException ecs && ecs.error instanceof EcsError.Invalid invalid) {
                invalid.violations().forEach(errors::println);
                return INVALID_INPUT;
            }
            // ECS refusing the request as such (ClientException, InvalidParameterException) is invalid input too
            if (e instanceof EcsErrorException ecs
                    && (ecs.error instanceof EcsError.ClientError || ecs.error instanceof EcsError.InvalidParameter)) {
                return INVALID_INPUT;
            }
            return FAILED;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
