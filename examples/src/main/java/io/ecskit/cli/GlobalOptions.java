package io.ecskit.cli;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.port.EcsKit;
import picocli.CommandLine.Option;

import java.net.URI;

import static picocli.CommandLine.ScopeType.INHERIT;

/**
 * Options every command takes, before or after the command name ({@code ecskit --backend aws deploy ...}
 * or {@code ecskit deploy --backend aws ...}): picocli copies inherited options onto every subcommand
 * and sets them here, on the top-level command's instance.
 */
final class GlobalOptions {

    enum Backend { inmemory, aws }

    enum Output { text, json }

    @Option(names = "--backend", scope = INHERIT,
            defaultValue = "inmemory", description = "inmemory (default; its state lives for one run of ecskit) or aws")
    Backend backend;

    @Option(names = "--region", scope = INHERIT,
            description = "AWS region (default: us-east-1 in memory, the SDK's chain on aws)")
    String region;

    @Option(names = "--endpoint-url", scope = INHERIT,
            description = "Endpoint override for the aws backend (moto, LocalStack)")
    String endpointUrl;

    @Option(names = "--profile", scope = INHERIT,
            description = "AWS profile for the aws backend")
    String profile;

    @Option(names = "--registry-endpoint", scope = INHERIT,
            description = "Push images to this host:port instead of ECR's (a local registry)")
    String registryEndpoint;

    @Option(names = "--output", scope = INHERIT,
            defaultValue = "text", description = "text (default) or json")
    Output output;

    @Option(names = "--debug", scope = INHERIT,
            description = "Print stack traces")
    boolean debug;

    /** The kit the options ask for. The in-memory one lives as long as this run of ecskit: nothing carries over. */
    EcsKit open() {
        if (backend == Backend.inmemory) {
            return InMemoryEcsKit.builder().region(region == null ? InMemoryEcsKit.DEFAULT_REGION : region).build();
        }
        AwsEcsKit.Builder aws = AwsEcsKit.builder().region(region == null ? defaultRegion() : region);
        if (endpointUrl != null) {
            aws.endpointOverride(URI.create(endpointUrl));
        }
        if (profile != null) {
            aws.profile(profile);
        }
        if (registryEndpoint != null) {
            aws.registryEndpoint(registryEndpoint);
            if (registryEndpoint.startsWith("127.") || registryEndpoint.startsWith("localhost")) {
                // Jib sends registry credentials over plain HTTP only when told; only ever to this machine
                System.setProperty("sendCredentialsOverHttp", "true");
            }
        }
        return aws.build();
    }

    /** AWS_REGION, then AWS_DEFAULT_REGION, as the AWS CLI reads them. */
    private static String defaultRegion() {
        String fromEnv = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
        if (fromEnv == null) {
            throw new IllegalStateException("no AWS region: pass --region or set AWS_REGION");
        }
        return fromEnv;
    }
}
