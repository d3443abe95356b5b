package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, killed at any step: for every call a first deploy makes, the process "dies" right after
 * that call reached ECS; the same deploy, run again, converges — one cluster, one service, one
 * revision, the log group once, the service running. The same for clean-up: re-run, nothing is left.
 */
class KilledAtAnyStepTest {

    static final ClusterName CLUSTER = new ClusterName("kill");
    static final ServiceName SERVICE = new ServiceName("web");

    static DeployService.Command deploy() {
        return DeployService.Command.of(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD), CLUSTER, SERVICE, 1)
                .withNetwork(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"),
                        AssignPublicIp.DISABLED));
    }

    /** How many calls an uninterrupted deploy makes: each one is a point the process can die after. */
    static IntStream callsOfADeploy() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.deploy(deploy(), DeploymentProgress.Listener.NONE).get();
        int calls = kit.simulator().calls().values().stream().mapToInt(Integer::intValue).sum();
        return IntStream.rangeClosed(1, calls);
    }

    @ParameterizedTest(name = "killed after call {0}")
    @MethodSource("callsOfADeploy")
    void aDeployKilledAfterAnyCall_converges_whenRunAgain(int calls) {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.simulator().killAfterCalls(calls);
        var first = kit.deploy(deploy(), DeploymentProgress.Listener.NONE);
        kit.simulator().revive();

        DeploymentOutcome again = kit.deploy(deploy(), DeploymentProgress.Listener.NONE).get();

        assertThat(again.result()).as("first run: %s", first).isEqualTo(DeploymentOutcome.Result.SUCCEEDED);
        assertThat(kit.api().clusters().list().get()).hasSize(1);
        assertThat(kit.api().services().list(CLUSTER).get()).hasSize(1);
        assertThat(kit.api().taskDefinitions().list(Option.of("web"), TaskDefinitionStatus.ACTIVE).get()).hasSize(1);
        assertThat(kit.api().logs().describeGroup(new LogGroupName("/ecs/web")).get()).isNotEmpty();
        assertThat(kit.api().services().describe(CLUSTER, List.of(SERVICE)).get().found().single().runningCount()).isEqualTo(1);
    }

    static IntStream callsOfACleanUp() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.deploy(deploy(), DeploymentProgress.Listener.NONE).get();
        kit.simulator().resetCalls();
        kit.cleanUp(CleanUp.Command.cluster(CLUSTER).deregisterFamily("web"), DeploymentProgress.Listener.NONE).get();
        int calls = kit.simulator().calls().values().stream().mapToInt(Integer::intValue).sum();
        return IntStream.rangeClosed(1, calls);
    }

    @ParameterizedTest(name = "killed after call {0}")
    @MethodSource("callsOfACleanUp")
    void aCleanUpKilledAfterAnyCall_leavesNothing_whenRunAgain(int calls) {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.deploy(deploy(), DeploymentProgress.Listener.NONE).get();
        kit.simulator().killAfterCalls(calls);
        var first = kit.cleanUp(CleanUp.Command.cluster(CLUSTER).deregisterFamily("web"), DeploymentProgress.Listener.NONE);
        kit.simulator().revive();

        var again = kit.cleanUp(CleanUp.Command.cluster(CLUSTER).deregisterFamily("web"), DeploymentProgress.Listener.NONE);
        assertThat(again.isRight()).as("first run: %s, again: %s, calls %s", first, again, kit.simulator().calls()).isTrue();

        assertThat(kit.api().clusters().list().get()).isEmpty();
        assertThat(kit.api().taskDefinitions().list(Option.of("web"), TaskDefinitionStatus.ACTIVE).get()).isEmpty();
    }
}
