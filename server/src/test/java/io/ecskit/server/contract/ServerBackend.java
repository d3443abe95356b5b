package io.ecskit.server.contract;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.contract.SimulatedBackend;
import io.ecskit.port.EcsKit;
import io.ecskit.port.out.Simulation;
import io.ecskit.server.InMemoryEcsServer;
import io.ecskit.server.ServerTime;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;


/**
 * The AWS adapter (the real SDK over real HTTP) against {@code ecskit server} on the in-memory
 * backend, for the contract suites: every capability, none switched off. The kit under test is an
 * {@link AwsEcsKit}; its waits advance the server's manual clock through {@code /_ecskit/clock}
 * ({@link ServerTime}); the test's own controls (images, instances, faults, call counts) use the
 * in-memory simulator behind the server, never the kit.
 */
final class ServerBackend extends SimulatedBackend {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("ecskit", "ecskit"));

    private final InMemoryEcsServer server = InMemoryEcsServer.start();
    private final AwsEcsKit kit = kitIn0(server.region());

    private AwsEcsKit kitIn0(String region) {
        return AwsEcsKit.builder().region(region).endpointOverride(server.endpoint()).credentials(CREDENTIALS)
                .accountId(server.accountId()).maxAttempts(3).timeSource(server.time(region)).build();
    }

    @Override
    public String name() {
        return "ecskit server";
    }

    /** Every capability but the one the AWS adapter cannot reach (the server serves it: AutoScalingIT drives it with the AWS CLI and boto3). */
    @Override
    public io.vavr.control.Option<String> lacks(io.ecskit.contract.Capability capability) {
        return capability == io.ecskit.contract.Capability.APPLICATION_AUTO_SCALING ? io.vavr.control.Option.of("the AWS SDK for Java 2.59.1 has no Application Auto Scaling module, so ecskit's AWS adapter refuses it by name (rule scalingAwsClient)")
                : io.vavr.control.Option.none();
    }

    @Override
    public EcsKit kit() {
        return kit;
    }

    @Override
    protected Simulation simulation() {
        return server.simulator();
    }

    @Override
    public String prefix() {
        return "sv-";
    }

    @Override
    public EcsKit kitIn(String region) {
        return kitIn0(region);
    }

    @Override
    public void close() {
        kit.close();
        server.close();
    }
}
