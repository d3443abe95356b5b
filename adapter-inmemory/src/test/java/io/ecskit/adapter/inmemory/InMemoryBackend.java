package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;

/** The in-memory backend for the contract suites: it has every capability. */
final class InMemoryBackend implements Backend {

    private final InMemoryEcsKit kit = InMemoryEcsKit.create();

    @Override
    public String name() {
        return "in-memory";
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
        return "ct-";
    }

    @Override
    public Option<String> lacks(Capability capability) {
        return Option.none();
    }

    @Override
    public void passTime(Duration duration) {
        kit.simulator().advance(duration);
    }

    @Override
    public Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        return kit.simulator().putImage(repository, tag, manifest);
    }

    @Override
    public void registerContainerInstance(ClusterName cluster) {
        kit.simulator().registerContainerInstance(cluster).get();
    }

    @Override
    public int calls(String operation) {
        return kit.simulator().calls(operation);
    }

    @Override
    public void resetCalls() {
        kit.simulator().resetCalls();
    }

    @Override
    public void fireAlarm(String alarmName) {
        kit.simulator().alarm(alarmName).fire();
    }

    @Override
    public void answerHook(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer) {
        kit.simulator().hooks().answer(functionArn, answer);
    }

    @Override
    public void failImagePull(String image) {
        kit.simulator().failImagePull(image);
    }

    @Override
    public EcsKit kitIn(String region) {
        // in memory every kit is its own account+region; a kit of another region shares nothing
        return InMemoryEcsKit.builder().region(region).build();
    }

    @Override
    public void close() {
        kit.close();
    }
}
