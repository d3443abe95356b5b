package io.ecskit.examples;

import io.ecskit.adapter.inmemory.InMemoryEcsExtension;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.adapter.inmemory.Simulator;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** How a user unit-tests their own deployment code: the in-memory ECS, a virtual clock, scripted faults. */
class HelloWorldDeploymentTest {

    @RegisterExtension
    static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    static final String GOOD = "public.ecr.aws/docker/library/httpd:2.4";
    static final String TYPO = "public.ecr.aws/docker/library/httpd:2.4-typo";

    @Test
    void deploy_goodImage_succeeds(InMemoryEcsKit ecs) {
        DeploymentOutcome outcome = new HelloWorldDeployment(ecs).deploy(GOOD, 2).get();

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().runningCount()).isEqualTo(2);
    }

    @Test
    void deploy_unpullableImage_tripsTheCircuitBreaker_andIsRolledBack(InMemoryEcsKit ecs, Simulator simulator) {
        HelloWorldDeployment deployment = new HelloWorldDeployment(ecs);
        DeploymentOutcome first = deployment.deploy(GOOD, 1).get();
        simulator.failImagePull(TYPO);

        DeploymentOutcome second = deployment.deploy(TYPO, 1).get();

        assertThat(second.result()).isEqualTo(Result.ROLLED_BACK);
        assertThat(second.stoppedTasks().head().stopCode()).contains(TaskStopCode.TASK_FAILED_TO_START);
        assertThat(second.stoppedTasks().head().stoppedReason().get()).startsWith("CannotPullContainerError");
        assertThat(second.service().get().taskDefinition().get().sameRevision(first.taskDefinition().get())).isTrue();
    }

    @Test
    void deploy_throttledRegistration_surfacesAsTypedError(InMemoryEcsKit ecs, Simulator simulator) {
        simulator.throttle("RegisterTaskDefinition", 1);

        assertThat(new HelloWorldDeployment(ecs).deploy(GOOD, 1).getLeft()).isInstanceOf(EcsError.Throttled.class);
    }
}
