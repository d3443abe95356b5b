package io.ecskit.cli;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.port.EcsKit;
import picocli.CommandLine.Option;

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

    @Option(names = "--output", defaultValue = "text", description = "text (default) or json")
    Output output;

    @Option(names = "--debug", description = "Print stack traces")
    boolean debug;

    /** The kit the options ask for. The in-memory one lives as long as this process. */
    EcsKit open() {
        if (backend == Backend.aws) {
            throw new IllegalStateException("the aws backend is not available in this build yet; use --backend inmemory");
        }
        return InMemoryEcsKit.builder().region(region == null ? InMemoryEcsKit.DEFAULT_REGION : region).build();
    }
}
