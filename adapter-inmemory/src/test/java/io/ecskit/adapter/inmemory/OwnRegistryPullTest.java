package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.task.TaskStopCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule imagePullable (docs/ecs-rules.md): images on the kit's own ECR host must have been pushed
 * (or put by the simulator); Fargate stops a task whose repository or tag is missing with
 * CannotPullContainerError and stop code TaskFailedToStart. Other registries stay pullable.
 */
class OwnRegistryPullTest {

    @RegisterExtension
    static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    static final String OWN = "123456789012.dkr.ecr.us-east-1.amazonaws.com/";

    private static void deployImage(InMemoryEcsKit kit, Simulator sim, String image) {
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        sim.advance(Duration.ofMinutes(1));
        SimulatedRuntimeTest.redeploy(kit, image);
        sim.advance(Duration.ofSeconds(30));
    }

    private static java.util.List<Task> tasksWith(InMemoryEcsKit kit, TaskStatus desired, String image) {
        return SimulatedRuntimeTest.tasks(kit, desired)
                .filter(t -> t.containers().exists(c -> c.image().contains(image))).asJava();
    }

    @Test
    void anUnpushedImageOnTheOwnRegistry_stopsItsTask_withCannotPullContainerError(InMemoryEcsKit kit, Simulator sim) {
        String image = OWN + "nope:1";

        deployImage(kit, sim, image);

        java.util.List<Task> stopped = tasksWith(kit, TaskStatus.STOPPED, image);
        assertThat(stopped).isNotEmpty();
        Task task = stopped.get(0);
        assertThat(task.stopCode()).contains(TaskStopCode.TASK_FAILED_TO_START);
        assertThat(task.stoppedReason()).contains(EcsRule.IMAGE_PULLABLE.message(image));
        assertThat(task.stoppedReason().get())
                .isEqualTo("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "
                        + image + ": " + image + ": not found");
        assertThat(tasksWith(kit, TaskStatus.RUNNING, image)).allMatch(t -> t.lastStatus() != TaskStatus.RUNNING);
    }

    @Test
    void aRepositoryWithoutThatTag_isNotEnough(InMemoryEcsKit kit, Simulator sim) {
        assertThat(sim.putImage(OWN + "web:1").isRight()).isTrue();
        String image = OWN + "web:2";

        deployImage(kit, sim, image);

        assertThat(tasksWith(kit, TaskStatus.STOPPED, image)).isNotEmpty()
                .allMatch(t -> t.stopCode().contains(TaskStopCode.TASK_FAILED_TO_START));
    }

    @Test
    void anImagePutBySimulator_runs_byTagAndByDigest(InMemoryEcsKit kit, Simulator sim) {
        Image put = sim.putImage(OWN + "team/web:1").get();
        assertThat(put.repository()).isEqualTo(new RepositoryName("team/web"));
        assertThat(kit.api().imageRepositories().images(new RepositoryName("team/web")).get()).hasSize(1);

        deployImage(kit, sim, OWN + "team/web:1");
        assertThat(tasksWith(kit, TaskStatus.RUNNING, OWN + "team/web:1")).isNotEmpty()
                .allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);

        String pinned = OWN + "team/web@" + put.digest().value();
        SimulatedRuntimeTest.redeploy(kit, pinned);
        sim.advance(Duration.ofSeconds(30));
        assertThat(tasksWith(kit, TaskStatus.RUNNING, pinned)).isNotEmpty().allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
        assertThat(tasksWith(kit, TaskStatus.STOPPED, pinned)).isEmpty();
    }

    @Test
    void aTaglessReference_meansLatest(InMemoryEcsKit kit, Simulator sim) {
        sim.putImage(OWN + "api").get();

        deployImage(kit, sim, OWN + "api");

        assertThat(tasksWith(kit, TaskStatus.RUNNING, OWN + "api")).isNotEmpty().allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
        assertThat(kit.api().imageRepositories().images(new RepositoryName("api")).get().head().tags().map(t -> t.value())).containsExactly("latest");
    }

    @Test
    void otherRegistries_andOtherAccountsOrRegions_stayPullable(InMemoryEcsKit kit, Simulator sim) {
        String otherAccount = "210987654321.dkr.ecr.us-east-1.amazonaws.com/nope:1";
        deployImage(kit, sim, otherAccount);

        assertThat(tasksWith(kit, TaskStatus.RUNNING, otherAccount)).isNotEmpty().allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
        assertThat(tasksWith(kit, TaskStatus.STOPPED, otherAccount)).isEmpty();
    }

    @Test
    void putImage_refusesWhatIsNotATaggedImageOnTheOwnRegistry(Simulator sim) {
        assertThat(sim.putImage("public.ecr.aws/docker/library/httpd:2.4").getLeft()).isInstanceOf(EcsError.InvalidParameter.class);
        assertThat(sim.putImage(OWN + "web@sha256:" + "0".repeat(64)).getLeft().message())
                .contains("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        assertThat(sim.putImage(OWN + "Bad_Name:1").isLeft()).isTrue();
    }
}
