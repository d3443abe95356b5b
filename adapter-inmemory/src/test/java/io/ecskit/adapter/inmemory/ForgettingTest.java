package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, bounded memory: the in-memory backend forgets what ECS forgets — stopped tasks and
 * INACTIVE services about an hour after they went — so a crash-looping service simulated for hours
 * holds about an hour of stopped tasks, not all of them; a test can keep them longer.
 */
class ForgettingTest {

    private static int stopped(InMemoryEcsKit kit) {
        return kit.api().tasks().list(SimulatedRuntimeTest.CLUSTER, Option.of(SimulatedRuntimeTest.SERVICE), TaskStatus.STOPPED).get().size();
    }

    private static List<Integer> crashLoop(InMemoryEcsKit kit, int hours) {
        kit.simulator().exitEssentialContainer(SimulatedRuntimeTest.GOOD, Duration.ofSeconds(30), 1);
        SimulatedRuntimeTest.deploy(kit, 2, DeploymentCircuitBreaker.DISABLED);
        List<Integer> counts = List.empty();
        for (int hour = 0; hour < hours; hour++) {
            kit.simulator().advance(Duration.ofHours(1));
            counts = counts.append(stopped(kit));
        }
        return counts;
    }

    @Test
    void aCrashLoopingService_keepsAboutAnHourOfStoppedTasks_notEveryOne() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        List<Integer> counts = crashLoop(kit, 6);

        // a task lives ~55 s (25 s to start, 30 s running): 2 tasks ≈ 130 stops an hour
        assertThat(counts.head()).isGreaterThan(60);
        assertThat(counts.tail()).allMatch(c -> c <= counts.head() * 1.3);
    }

    @Test
    void anOldStoppedTask_isMissing_afterAnHour_andKeptWhenTheTestAsks() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.simulator().exitEssentialContainer(SimulatedRuntimeTest.GOOD, Duration.ofSeconds(30), 1);
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        kit.simulator().advance(Duration.ofMinutes(2));
        TaskArn early = kit.api().tasks().list(SimulatedRuntimeTest.CLUSTER, Option.of(SimulatedRuntimeTest.SERVICE), TaskStatus.STOPPED)
                .get().head();

        kit.simulator().advance(Duration.ofMinutes(30));
        assertThat(kit.api().tasks().describe(SimulatedRuntimeTest.CLUSTER, List.of(early)).get().found()).hasSize(1);
        kit.simulator().advance(Duration.ofMinutes(45));
        var described = kit.api().tasks().describe(SimulatedRuntimeTest.CLUSTER, List.of(early)).get();
        assertThat(described.found()).isEmpty();
        assertThat(described.failures().single().reason()).isEqualTo("MISSING");

        InMemoryEcsKit keeping = InMemoryEcsKit.create();
        keeping.simulator().retainHistory(Duration.ofDays(1));
        List<Integer> counts = crashLoop(keeping, 3);
        assertThat(counts.last()).isGreaterThan(counts.head() * 2);
    }
}
