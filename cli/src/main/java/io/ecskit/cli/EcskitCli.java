package io.ecskit.cli;

import io.vavr.control.Either;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code ecskit}: the seed's aws-cli walkthrough as one tool, on the in-memory backend or AWS.
 * Exit codes: 0 success; 2 invalid input (every problem listed, each once); 3 a deployment that did not
 * succeed; 1 anything else, in one line (a stack trace only with --debug).
 */
@Command(name = "ecskit", mixinStandardHelpOptions = true, versionProvider = EcskitCli.Version.class,
        description = "Put containers on Amazon ECS / Fargate, or rehearse it in memory.",
        footer = {"  ecskit hello-world                      the seed's walkthrough, in memory",
            "  ecskit validate task-def.json           every reason ECS would refuse it",
            "  ecskit deploy --task-definition td.json --service web --subnets subnet-0a1b2c3d --backend aws",
            "  ecskit server --clock fast=60             the same in-memory ECS for any AWS client",
            "  ecskit help deploy"})
public final class EcskitCli {

    /**
     * The subcommands, in the order help lists them. Registered on the root when a command line is built: all of them,
     * or only the one the arguments name (picocli builds a command's model from its annotations when it is registered,
     * and doing so for two dozen commands was a third of a short command's start-up).
     */
    private static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class, HelloWorldCommand.class,
            TaskDefinitionCommands.Validate.class, TaskDefinitionCommands.Register.class,
            TaskDefinitionCommands.List.class, TaskDefinitionCommands.Diff.class,
            ClusterCommands.Create.class, ClusterCommands.Cleanup.class,
            ServiceCommands.Deploy.class, ServiceCommands.Update.class, ServiceCommands.Scale.class,
            ServiceCommands.Rollback.class, ServiceCommands.List.class, ServiceCommands.Describe.class,
            ImageCommands.Push.class,
            TaskCommands.Run.class, TaskCommands.Describe.class, TaskCommands.Stop.class,
            LogCommands.CreateGroup.class, LogCommands.Logs.class, DeploymentCommands.List.class,
            DeploymentCommands.Continue.class, DeploymentCommands.Stop.class, ServerCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int DEPLOYMENT_FAILED = 3;

    /** How commands get their kit: from the global options, or (in tests) one prepared by the caller. */
    @FunctionalInterface
    interface KitOpener {
        io.vavr.control.Either<Failure, io.ecskit.port.EcsKit> open(GlobalOptions options);
    }

    @Mixin
    GlobalOptions global;

    final KitOpener kits;

    private EcskitCli(KitOpener kits) {
        this.kits = kits;
    }

    public static void main(String[] args) {
        configureLogging(java.util.Arrays.asList(args).contains("--debug"));
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * SLF4J (slf4j-simple) before the first logger exists: WARN and up on standard error, and with {@code --debug}
     * every line of ecskit's loggers ({@code io.ecskit.usecase} per use case, {@code io.ecskit.aws} per AWS call with
     * attempts, milliseconds and request id). Properties the user set ({@code -Dorg.slf4j.simpleLogger...}) win.
     */
    static void configureLogging(boolean debug) {
        String prefix = "org.slf4j.simpleLogger.";
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("defaultLogLevel", "warn");
        settings.put("logFile", "System.err");
        settings.put("showDateTime", "true");
        settings.put("dateTimeFormat", "HH:mm:ss.SSS");
        settings.put("showThreadName", "false");
        settings.put("showShortLogName", "true");
        if (debug) {
            settings.put("log.io.ecskit", "debug");
        }
        settings.forEach((key, value) -> {
            if (System.getProperty(prefix + key) == null) {
                System.setProperty(prefix + key, value);
            }
        });
    }

    /** Runs one command line with the given streams; the answer is the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(GlobalOptions::open, out, err, args);
    }

    /** Runs one command line on the kits {@code kits} opens: how tests script a backend (faults, state kept between runs). */
    static int run(KitOpener kits, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(kits, args);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command tree, configured: converters, error handlers, help layout. */
    static CommandLine commandLine(KitOpener kits) {
        return commandLine(kits, "help");
    }

    /**
     * The command tree for {@code args}, configured: converters, error handlers, help layout. When the arguments name a
     * subcommand (the first word that is neither an option nor the value of one), only that subcommand is registered;
     * otherwise (no command, a misspelt one, {@code help}, {@code generate-completion}) all of them, so help and
     * suggestions list every command. What a command line does is the same either way.
     */
    static CommandLine commandLine(KitOpener kits, String... args) {
        CommandLine cli = new CommandLine(new EcskitCli(kits));
        Class<?> named = named(cli, args);
        for (Class<?> sub : SUBCOMMANDS) {
            if (named == null || named == sub) {
                cli.addSubcommand(sub);
            }
        }
        cli.registerConverter(Duration.class, Durations::parse);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // the terminal's width where picocli can tell, else 100 columns: examples stay on one line
        cli.setUsageHelpWidth(100);
        cli.setUsageHelpAutoWidth(true);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter errors = command.getErr();
            errors.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, errors);
            errors.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return INVALID_INPUT;
        });
        // commands catch what they throw (see finish); this is picocli's own machinery failing
        cli.setExecutionExceptionHandler((e, command, parseResult) -> report(command, new Failure.Unexpected(e), e));
        if (cli.getSubcommands().containsKey("generate-completion")) {
            cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        }
        HelpLayout.apply(cli);
        return cli;
    }

    /** The subcommand {@code args} name, when they name one that is not about the others (help, completion); else null. */
    private static Class<?> named(CommandLine root, String... args) {
        String word = null;
        for (int i = 0; i < args.length && word == null; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                CommandLine.Model.OptionSpec option = arg.contains("=") ? null : root.getCommandSpec().findOption(arg);
                if (option != null && option.arity().min() > 0) {
                    i++;    // its value
                }
                continue;
            }
            word = arg;
        }
        if (word == null) {
            return null;
        }
        for (Class<?> sub : SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            if (command.name().equals(word) || java.util.Arrays.asList(command.aliases()).contains(word)) {
                return command.name().equals("help") || command.name().equals("generate-completion") ? null : sub;
            }
        }
        return null;
    }

    /**
     * The one place results and failures are printed and exit codes chosen: the result on standard output
     * (text or one JSON document), each problem once on standard error (and with --output json, an
     * {@code {"error": ...}} document on standard output). Whatever the command throws is an unexpected failure.
     */
    int finish(CommandLine command, Supplier<Either<Failure, Printed>> body) {
        Either<Failure, Printed> result;
        Throwable thrown = null;
        try {
            result = body.get();
        } catch (Throwable e) {
            thrown = e;
            result = Either.left(new Failure.Unexpected(e));
        }
        if (result.isLeft()) {
            return report(command, result.getLeft(), thrown);
        }
        Printed printed = result.get();
        String text = printed.render(global.json());
        if (!text.isEmpty()) {
            command.getOut().println(text);
        }
        command.getOut().flush();
        return printed.exitCode();
    }

    private static int report(CommandLine command, Failure failure, Throwable thrown) {
        EcskitCli root = (EcskitCli) command.getCommandSpec().root().userObject();
        command.getOut().flush();
        PrintWriter err = command.getErr();
        if (thrown != null && root.global.debug) {
            thrown.printStackTrace(err);
        }
        failure.lines().forEach(err::println);
        if (root.global.json()) {
            command.getOut().println(failure.json().pretty());
            command.getOut().flush();
        }
        err.flush();
        return failure.exitCode();
    }

    /** The version the jar was built as. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EcskitCli.class.getPackage().getImplementationVersion();
            return new String[] {"ecskit " + (version == null ? "0.1.0-SNAPSHOT" : version),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
        }
    }
}
