package io.ecskit.adapter.inmemory;

import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26 item 8: DescribeServices of a service nothing touched answers the record it answered before (so the server
 * copies its text instead of walking it again), and a view is made anew after anything that may change it: a write, a
 * simulator control, a step of the runtime.
 */
class ServiceViewsTest {

    @Test
    void anUntouchedService_isTheSameRecord_untilSomethingChanges() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        SimulatedRuntimeTest.deploy(kit, 2, DeploymentCircuitBreaker.DISABLED);
        kit.simulator().advance(Duration.ofMinutes(2));
        Service settled = SimulatedRuntimeTest.service(kit);
        assertThat(settled.runningCount()).isEqualTo(2);

        // reads change nothing: the very same record
        assertThat(SimulatedRuntimeTest.service(kit)).isSameAs(settled);
        kit.api().tasks().list(SimulatedRuntimeTest.CLUSTER, io.vavr.control.Option.of(SimulatedRuntimeTest.SERVICE),
                io.ecskit.domain.task.TaskStatus.RUNNING).get();
        assertThat(SimulatedRuntimeTest.service(kit)).isSameAs(settled);

        // a write: the answer it gives and the next read show it
        Service updated = kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER)
                .service(SimulatedRuntimeTest.SERVICE).desiredCount(3).build()).get();
        assertThat(updated.desiredCount()).isEqualTo(3);
        Service afterWrite = SimulatedRuntimeTest.service(kit);
        assertThat(afterWrite).isNotSameAs(settled);
        assertThat(afterWrite.desiredCount()).isEqualTo(3);

        // the runtime's steps: the third task starts and runs
        kit.simulator().advance(Duration.ofMinutes(2));
        Service grown = SimulatedRuntimeTest.service(kit);
        assertThat(grown.runningCount()).isEqualTo(3);
        assertThat(grown.pendingCount()).isZero();
        assertThat(SimulatedRuntimeTest.service(kit)).isSameAs(grown);

        // a task stopped by hand: the service's view shows it went and, once the runtime stepped, its replacement
        io.ecskit.domain.arn.TaskArn one = kit.api().tasks().list(SimulatedRuntimeTest.CLUSTER,
                io.vavr.control.Option.of(SimulatedRuntimeTest.SERVICE), io.ecskit.domain.task.TaskStatus.RUNNING).get().head();
        kit.api().tasks().stop(SimulatedRuntimeTest.CLUSTER, one, "by hand").get();
        kit.simulator().advance(Duration.ofSeconds(5));
        Service replacing = SimulatedRuntimeTest.service(kit);
        assertThat(replacing).isNotSameAs(grown);
        assertThat(replacing.pendingCount()).isEqualTo(1);
        assertThat(replacing.runningCount()).isEqualTo(2);
        kit.simulator().advance(Duration.ofMinutes(2));
        assertThat(SimulatedRuntimeTest.service(kit).runningCount()).isEqualTo(3);
    }

    /**
     * An event listener that describes the service while the runtime steps (ECS sends the events in the middle of a
     * step) does not leave the half-made view behind: afterwards DescribeServices counts what the tasks say.
     */
    @Test
    void aListenerReadingMidStep_leavesNoStaleView() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        java.util.List<Integer> seenRunning = new java.util.ArrayList<>();
        try (AutoCloseable listening = kit.simulator().listen(event -> seenRunning.add(SimulatedRuntimeTest.service(kit).runningCount()))) {
            SimulatedRuntimeTest.deploy(kit, 3, DeploymentCircuitBreaker.DISABLED);
            for (int second = 0; second < 120; second += 5) {
                kit.simulator().advance(Duration.ofSeconds(5));
                Service now = SimulatedRuntimeTest.service(kit);
                int running = SimulatedRuntimeTest.tasks(kit, io.ecskit.domain.task.TaskStatus.RUNNING)
                        .count(t -> t.lastStatus() == io.ecskit.domain.task.TaskStatus.RUNNING);
                assertThat(now.runningCount()).as("at %d s", second + 5).isEqualTo(running);
            }
        }
        assertThat(seenRunning).as("the listener read while tasks started").isNotEmpty();
        assertThat(SimulatedRuntimeTest.service(kit).runningCount()).isEqualTo(3);
    }
}
