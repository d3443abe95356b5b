package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, bounded memory: the simulated day — 200 services × 10 Fargate tasks, one service
 * crash-looping (its essential container exits 30 s after it starts) — on one in-memory kit. What the
 * backend holds stays bounded hour after hour: the 2,000 running tasks plus about an hour of the crash
 * loop's stopped ones (ECS forgets stopped tasks after about an hour), and the heap stays flat. Time
 * and heap per simulated hour are measured in {@code SoakBenchmarks}; this test holds the bound.
 */
class SimulatedDayTest {

    static final String CRASHING = "public.ecr.aws/docker/library/crash:1";
    static final ClusterName CLUSTER = ClusterName.of("soak");

    @Test
    void aSimulatedDayOfTwoHundredServices_holdsAboutAnHourOfStoppedTasks_andAFlatHeap() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        kit.simulator().exitEssentialContainer(CRASHING, Duration.ofSeconds(30), 1);
        NetworkConfiguration network = NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
                List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED));
        for (int i = 0; i < 200; i++) {
            kit.api().taskDefinitions().register(TaskDefinition.fargate("svc" + i, "256", "512").containerDefinitions(List.of(
                    ContainerDefinition.builder().name("app").image(i == 0 ? CRASHING : SimulatedRuntimeTest.GOOD).build())).build()).get();
            kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName("svc" + i)
                    .taskDefinition(TaskDefinitionRef.latest("svc" + i)).desiredCount(10).launchType(LaunchType.FARGATE)
                    .networkConfiguration(network).build()).get();
        }

        List<Integer> stopped = List.empty();
        List<Long> heap = List.empty();
        for (int hour = 1; hour <= 24; hour++) {
            kit.simulator().advance(Duration.ofHours(1));
            stopped = stopped.append(stoppedTasksOfTheCrashLoop(kit));
            heap = heap.append(heapInUse());
        }
        System.out.printf("simulated day: stopped tasks held per hour %s; heap MiB per hour %s%n", stopped, heap);

        int running = kit.api().tasks().list(CLUSTER, Option.none(), TaskStatus.RUNNING).get().size();
        assertThat(running).as("the fleet runs: 199 healthy services x 10, and the crash loop's current tasks").isGreaterThanOrEqualTo(1990);
        // 10 tasks of ~55 s each (25 s to start, 30 s running): some 650 stops an hour; held: about an hour of them
        assertThat(stopped.get(1)).isGreaterThan(300);
        int first = stopped.get(1);
        assertThat(stopped.drop(2)).as("stopped tasks held, hour by hour").allMatch(c -> c <= first * 1.3);
        long early = heap.get(2);
        assertThat(heap.drop(3)).as("heap in use (MiB), hour by hour").allMatch(mib -> mib <= early * 2 + 32);
    }

    private static int stoppedTasksOfTheCrashLoop(InMemoryEcsKit kit) {
        return kit.api().tasks().list(CLUSTER, Option.of(ServiceName.of("svc0")), TaskStatus.STOPPED).get().size();
    }

    private static long heapInUse() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
