package io.ecskit.cli;

import io.ecskit.server.ClockMode;
import io.ecskit.server.InMemoryEcsServer;
import io.vavr.control.Either;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ecskit server}: the in-memory ECS, ECR and CloudWatch Logs over AWS's protocol until
 * SIGTERM or Ctrl-C. Prints {@code endpoint: http://127.0.0.1:PORT} once it answers.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Serve the in-memory ECS, ECR, CloudWatch Logs and the neighbours tasks touch (EC2 networking, Secrets Manager, Parameter Store, IAM roles, EventBridge, CloudWatch alarms, Elastic Load Balancing, Application Auto Scaling, STS) over AWS's own protocols, for the AWS CLI, the SDKs, "
                + "Terraform or ecskit --backend aws --endpoint-url. State lives as long as the server; any credentials are "
                + "accepted; the region is the one a request is signed for.",
            "Simulator controls (clock, faults, images) are under /_ecskit/ on the same port; they need the header "
                + "X-Ecskit-Control-Token with the token printed at start (control-token: VALUE), unless --open-controls."},
        footer = {"  ecskit server --clock fast=60",
            "  aws ecs list-clusters --endpoint-url http://127.0.0.1:4599 --region us-east-1",
            "  curl -X POST -H \"X-Ecskit-Control-Token: $TOKEN\" 'http://127.0.0.1:4599/_ecskit/clock/advance?seconds=60'   (--clock manual)"})
final class ServerCommand extends CliCommand {

    @Option(names = "--port", defaultValue = "4599", paramLabel = "PORT", description = "Port to listen on (default 4599; 0 picks a free one)")
    int port;

    /** The server reads --region (its default region) and --debug; the backend, endpoint, profile, registry, output and faults are not its. */
    @Override
    java.util.Set<String> globalOptionsThatApply() {
        return java.util.Set.of("--region", "--debug");
    }

    @Option(names = "--clock", defaultValue = "real", paramLabel = "real|fast=N[,start=OFFSET]|manual",
            description = "real (default): simulated tasks take ECS's times; fast=N: N simulated seconds per second, "
                    + "fast=N,start=-1d: starting a day in the past so tools that drop events 'from the future' "
                    + "(ecs-deploy) see them; manual: time moves only by POST /_ecskit/clock/advance?seconds=N")
    String clock;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1: nothing off this machine can reach it)")
    String bind;

    @Option(names = "--account-id", defaultValue = "123456789012", paramLabel = "ID", description = "The simulated account")
    String accountId;

    @Option(names = "--open-controls", description = "Serve /_ecskit/ without the control token (a throw-away local server "
            + "only: any web page you open could then reach the controls)")
    boolean openControls;

    @Option(names = "--state-file", paramLabel = "FILE", description = "Keep the state in FILE: read at start when it exists "
            + "(its calls made again at their times), each change appended, the clock's time written at shutdown; a file of "
            + "another ecskit version, account or clock is refused (GET/PUT /_ecskit/state snapshot and restore without one)")
    java.nio.file.Path stateFile;

    @Option(names = "--extra-region", paramLabel = "NAME", description = "Serve a region AWS does not have (repeatable); "
            + "requests signed for any other unknown region are refused")
    java.util.List<String> extraRegions = new java.util.ArrayList<>();

    /** This machine's addresses other than loopback, as a wildcard bind exposes them. */
    private static String addresses() {
        try {
            java.util.List<String> found = new java.util.ArrayList<>();
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                    if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        found.add(a.getHostAddress());
                    }
                }
            }
            return found.isEmpty() ? "no address but loopback now" : String.join(", ", found);
        } catch (java.net.SocketException e) {
            return "addresses unknown: " + e.getMessage();
        }
    }

    @Override
    Either<Failure, Printed> execute() {
        ClockMode mode;
        try {
            mode = ClockMode.parse(clock);
        } catch (IllegalArgumentException e) {
            return Either.left(Failure.invalid("--clock: " + e.getMessage()));
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return Either.left(Failure.invalid("--bind: '" + bind + "' is not an address here"));
        }
        if (port < 0 || port > 65535) {
            return Either.left(Failure.invalid("--port: " + port + " is not a port (0..65535)"));
        }
        java.util.List<String> inapplicable = inapplicableGlobalOptions();
        if (!inapplicable.isEmpty()) {
            return Either.left(Failure.invalid(inapplicable.stream().map(o -> o + " does not apply to ecskit server (it serves the "
                    + "in-memory backend; its options are in ecskit server --help)").toArray(String[]::new)));
        }
        String region = global().region == null ? "us-east-1" : global().region;
        InMemoryEcsServer server;
        try {
            InMemoryEcsServer.Builder builder = InMemoryEcsServer.builder().port(port).bind(address).region(region)
                    .accountId(accountId).clock(mode).extraRegions(extraRegions);
            if (stateFile != null) {
                builder.stateFile(stateFile);
            }
            server = (openControls ? builder.openControls() : builder).start();
        } catch (IllegalStateException e) {
            return Either.left(Failure.invalid(e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            return Either.left(Failure.invalid((stateFile != null && e.getMessage().startsWith("--state-file") ? "" : "--port: ") + e.getMessage()));
        } catch (RuntimeException e) {
            return Either.left(Failure.invalid("--port: " + e.getMessage()));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "ecskit-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("ecskit server: ECS, ECR, CloudWatch Logs, EC2 networking, Secrets Manager, Parameter Store, IAM, EventBridge, CloudWatch, "
                + "Elastic Load Balancing, Application Auto Scaling and STS in memory (account " + accountId + ", default region " + region
                + ", clock " + mode + ", " + server.operations().size() + " operations); Ctrl-C stops it");
        out.println("endpoint: " + server.endpoint());
        out.println("control-token: " + server.controlToken().getOrElse("none (--open-controls)"));
        out.flush();
        if (!address.isLoopbackAddress()) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            err.println("WARNING: ecskit server listens on " + (address.isAnyLocalAddress() ? "every interface (" + addresses() + ")"
                    : address.getHostAddress()) + " port " + server.endpoint().getPort() + ", not only on this machine: anything "
                    + "that reaches it there can use it (it checks no credentials)."
                    + (address.isAnyLocalAddress() ? " Any Host header is accepted." : ""));
            err.flush();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return Either.right(Printed.nothing());
    }
}
