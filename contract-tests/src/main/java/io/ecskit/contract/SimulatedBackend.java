package io.ecskit.contract;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.Simulation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * A backend whose world is simulated (the in-memory ECS, in process or behind {@code ecskit
 * server}): every capability, and the test's controls go to its {@link Simulation}, never to the
 * kit under test.
 */
public abstract class SimulatedBackend implements Backend {

    /** The controls of the simulated ECS behind the kit. */
    protected abstract Simulation simulation();

    @Override
    public Seq<String> subnets() {
        return List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788");
    }

    @Override
    public Seq<String> securityGroups() {
        return List.of("sg-0123456789abcdef0");
    }

    @Override
    public Option<String> lacks(Capability capability) {
        return Option.none();
    }

    @Override
    public void passTime(Duration duration) {
        simulation().advance(duration);
    }

    @Override
    public Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        return simulation().putImage(repository, tag, manifest);
    }

    @Override
    public void registerContainerInstance(ClusterName cluster) {
        simulation().registerContainerInstance(cluster).get();
    }

    @Override
    public int calls(String operation) {
        return simulation().calls(operation);
    }

    @Override
    public void resetCalls() {
        simulation().resetCalls();
    }

    @Override
    public void failImagePull(String image) {
        simulation().failImagePull(image);
    }

    @Override
    public void exit(io.ecskit.port.out.ContainerMatcher which, Duration after, int exitCode) {
        simulation().exit(which, after, exitCode);
    }

    @Override
    public void oneOffTasksExit(int exitCode, Duration after) {
        simulation().oneOffTasksExit(exitCode, after);
    }

    @Override
    public io.vavr.collection.Seq<io.ecskit.domain.arn.TaskArn> interruptSpotTasks(ClusterName cluster) {
        return simulation().interruptSpotTasks(cluster, Option.none());
    }

    @Override
    public void fireAlarm(String alarmName) {
        simulation().fireAlarm(alarmName);
    }

    @Override
    public void serviceLoad(io.ecskit.domain.arn.ClusterName cluster, String service, double cpuPercent, double memoryPercent) {
        simulation().serviceLoad(cluster, service, cpuPercent, memoryPercent);
    }

    @Override
    public void answerHook(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer) {
        simulation().answerHook(functionArn, answer);
    }
}
