package io.ecskit.server.contract;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.ecskit.server.InMemoryEcsServer;
import io.ecskit.server.ServerTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.time.Duration;

/**
 * The AWS adapter (the real SDK over real HTTP) against {@code ecskit server} on the in-memory
 * backend, for the contract suites: every capability, none switched off. The kit under test is an
 * {@link AwsEcsKit}; its waits advance the server's manual clock through {@code /_ecskit/clock}
 * ({@link ServerTime}); the test's own controls (images, instances, faults, call counts) use the
 * in-memory simulator behind the server, never the kit.
 */
final class ServerBackend implements Backend {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("ecskit", "ecskit"));

    private final InMemoryEcsServer server = InMemoryEcsServer.start();
    private final AwsEcsKit kit = kitIn0(server.region());

    private AwsEcsKit kitIn0(String region) {
        return AwsEcsKit.builder().region(region).endpointOverride(server.endpoint()).credentials(CREDENTIALS)
                .accountId(server.accountId()).maxAttempts(3).timeSource(ServerTime.of(server.endpoint(), region)).build();
    }

    @Override
    public String name() {
        return "ecskit server";
    }

    @Override
    public EcsKit kit() {
        return kit;
    }

    @Override
    public Seq<String> subnets() {
        return List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788");
    }

    @Override
    public Seq<String> securityGroups() {
        return List.of("sg-0123456789abcdef0");
    }

    @Override
    public String prefix() {
        return "sv-";
    }

    @Override
    public Option<String> lacks(Capability capability) {
        return Option.none();
    }

    @Override
    public void passTime(Duration duration) {
        server.simulator().advance(duration);
    }

    @Override
    public Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        return server.simulator().putImage(repository, tag, manifest);
    }

    @Override
    public void registerContainerInstance(ClusterName cluster) {
        server.simulator().registerContainerInstance(cluster).get();
    }

    @Override
    public int calls(String operation) {
        return server.simulator().calls(operation);
    }

    @Override
    public void resetCalls() {
        server.simulator().resetCalls();
    }

    @Override
    public void fireAlarm(String alarmName) {
        server.simulator().alarm(alarmName).fire();
    }

    @Override
    public void answerHook(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer) {
        server.simulator().hooks().answer(functionArn, answer);
    }

    @Override
    public void failImagePull(String image) {
        server.simulator().failImagePull(image);
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
