package io.ecskit.cli;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.port.EcsKit;
import picocli.CommandLine.Option;

import java.net.URI;

/** Options every command takes: which backend, where, and how to print. */
final class GlobalOptions {

    enum Backend { inmemory, aws }

    enum Output { text, json }

    @Option(names = "--backend", defaultValue = "inmemory", description = "inmemory (default) or aws")
    Backend backend;

    @Option(names = "--region", description = "AWS region (default: us-east-1 in memory, the SDK's chain on aws)")
    String region;

    @Option(names = "--endpoint-url", description = "Endpoint override for the aws backend (moto, LocalStack)")
    String endpointUrl;

    @Option(names = "--profile", description = "AWS profile for the aws backend")
    String profile;

    @Option(names = "--registry-endpoint", description = "Push images to this host:port instead of ECR's (a local registry)")
    String registryEndpoint;

    @Option(names = "--output", defaultValue = "text", description = "text (default) or json")
    Output output;

    @Option(names = "--debug", description = "Print stack traces")
    boolean debug;

    /** The kit the options ask for. The in-memory one lives as long as this process. */
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
