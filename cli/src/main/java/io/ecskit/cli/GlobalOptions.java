package io.ecskit.cli;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.port.EcsKit;
import io.vavr.control.Either;
import picocli.CommandLine.Option;

import java.net.URI;

import static picocli.CommandLine.ScopeType.INHERIT;

/**
 * Options every command takes, before or after the command name ({@code ecskit --backend aws deploy ...}
 * or {@code ecskit deploy --backend aws ...}): picocli copies inherited options onto every subcommand
 * and sets them here, on the top-level command's instance. Help shows them once, after a command's own.
 */
final class GlobalOptions {

    enum Backend { inmemory, aws }

    enum Output { text, json }

    @Option(names = "--backend", scope = INHERIT, defaultValue = "inmemory", paramLabel = "inmemory|aws",
            description = "inmemory (default): a simulated ECS living for this one run, on a virtual clock; aws: the AWS "
                    + "APIs")
    Backend backend;

    @Option(names = "--region", scope = INHERIT, paramLabel = "REGION",
            description = "AWS region (default: us-east-1 in memory; AWS_REGION, then AWS_DEFAULT_REGION on aws)")
    String region;

    @Option(names = "--endpoint-url", scope = INHERIT, paramLabel = "URL",
            description = "Send the aws backend's AWS calls (ECS, ECR, CloudWatch Logs, EC2, Secrets Manager, SSM, IAM, EventBridge, CloudWatch, STS) here (moto, LocalStack, a proxy)")
    String endpointUrl;

    @Option(names = "--profile", scope = INHERIT, paramLabel = "NAME",
            description = "Profile from ~/.aws/credentials and ~/.aws/config for the aws backend")
    String profile;

    @Option(names = "--registry-endpoint", scope = INHERIT, paramLabel = "HOST:PORT",
            description = "Push images to this registry instead of the one ECR's token names; on this machine it may be "
                    + "plain HTTP")
    String registryEndpoint;

    @Option(names = "--output", scope = INHERIT, defaultValue = "text", paramLabel = "text|json",
            description = "text (default) for people; json prints exactly one JSON document on standard output, "
                    + "progress going to standard error")
    Output output;

    @Option(names = "--simulate", scope = INHERIT, paramLabel = "FAULT",
            description = "In memory only, for demos (repeatable): pull-fails=IMAGE, exits=IMAGE:CODE, unhealthy=IMAGE, "
                    + "alarm=NAME@DURATION (the CloudWatch alarm fires that long after the start, e.g. web-5xx@5m), "
                    + "one-off-exits=CODE[@DURATION] (how run-task's one-off tasks end; default 0@30s)")
    java.util.List<String> simulate = new java.util.ArrayList<>();

    @Option(names = "--debug", scope = INHERIT,
            description = "Log each use case and AWS call (operation, attempts, ms, request id) on standard error, "
                    + "and print the stack trace of an unexpected error")
    boolean debug;

    private static final String KINDS = "pull-fails=IMAGE, exits=IMAGE:CODE, unhealthy=IMAGE, alarm=NAME@DURATION, "
            + "one-off-exits=CODE[@DURATION]";

    /** Applies every --simulate fault to the in-memory kit, or names each one that does not parse. */
    Either<Failure, InMemoryEcsKit> simulate(InMemoryEcsKit kit) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (String fault : simulate) {
            int eq = fault.indexOf('=');
            String kind = eq < 0 ? fault : fault.substring(0, eq);
            String value = eq < 0 ? "" : fault.substring(eq + 1);
            if (value.isEmpty()) {
                problems.add("--simulate " + fault + ": one of " + KINDS);
                continue;
            }
            switch (kind) {
                case "pull-fails" -> kit.simulator().failImagePull(value);
                case "unhealthy" -> kit.simulator().failHealthChecks(value);
                case "exits" -> {
                    int colon = value.lastIndexOf(':');
                    try {
                        kit.simulator().exitEssentialContainer(value.substring(0, colon), java.time.Duration.ofSeconds(30),
                                Integer.parseInt(value.substring(colon + 1)));
                    } catch (RuntimeException e) {
                        problems.add("--simulate " + fault + ": exits=IMAGE:CODE, e.g. exits=web:1.2:137");
                    }
                }
                case "one-off-exits" -> {
                    int at = value.indexOf('@');
                    try {
                        kit.simulator().oneOffTasksExit(Integer.parseInt(at < 0 ? value : value.substring(0, at)),
                                at < 0 ? java.time.Duration.ofSeconds(30) : Durations.parse(value.substring(at + 1)));
                    } catch (RuntimeException e) {
                        problems.add("--simulate " + fault + ": one-off-exits=CODE[@DURATION], e.g. one-off-exits=1@2m");
                    }
                }
                case "alarm" -> {
                    int at = value.lastIndexOf('@');
                    try {
                        kit.simulator().alarm(value.substring(0, at)).fireAfter(Durations.parse(value.substring(at + 1)));
                    } catch (RuntimeException e) {
                        problems.add("--simulate " + fault + ": alarm=NAME@DURATION, e.g. alarm=web-5xx@5m");
                    }
                }
                default -> problems.add("--simulate " + fault + ": one of " + KINDS);
            }
        }
        return problems.isEmpty() ? Either.right(kit) : Either.left(Failure.invalid(problems.toArray(String[]::new)));
    }

    boolean json() {
        return output == Output.json;
    }

    /** The kit the options ask for, or why they do not name one. The in-memory one lives as long as this run. */
    Either<Failure, EcsKit> open() {
        if (backend == Backend.inmemory) {
            InMemoryEcsKit kit = InMemoryEcsKit.builder().region(region == null ? InMemoryEcsKit.DEFAULT_REGION : region).build();
            return simulate(kit).map(ok -> (EcsKit) kit);
        }
        if (!simulate.isEmpty()) {
            return Either.left(Failure.invalid("--simulate: scripted faults exist only on the in-memory backend, not on --backend aws"));
        }
        // without --region the kit asks the SDK's region chain (AWS_REGION, the profile's region, ...)
        AwsEcsKit.Builder aws = AwsEcsKit.builder();
        if (region != null) {
            aws.region(region);
        } else if (System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") != null) {
            aws.region(System.getenv("AWS_DEFAULT_REGION"));
        }
        if (endpointUrl != null) {
            URI endpoint;
            try {
                endpoint = URI.create(endpointUrl);
            } catch (IllegalArgumentException e) {
                return Either.left(Failure.invalid("--endpoint-url: '" + endpointUrl + "' is not a URL: " + e.getMessage()));
            }
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                return Either.left(Failure.invalid("--endpoint-url: '" + endpointUrl + "' is not a URL like http://127.0.0.1:5000"));
            }
            aws.endpointOverride(endpoint);
        }
        if (profile != null) {
            aws.profile(profile);
        }
        if (registryEndpoint != null) {
            aws.registryEndpoint(registryEndpoint);
            // plain HTTP, credentials included, only ever to a registry on this machine; AwsEcsKit refuses it elsewhere
            aws.plainHttpRegistry(registryEndpoint.startsWith("127.") || registryEndpoint.startsWith("localhost")
                    || registryEndpoint.startsWith("[::1]"));
        }
        try {
            return Either.right(aws.build());
        } catch (IllegalStateException noRegion) {
            return Either.left(Failure.invalid("--region: no AWS region; pass --region, set AWS_REGION or give your AWS profile a region"));
        }
    }
}
