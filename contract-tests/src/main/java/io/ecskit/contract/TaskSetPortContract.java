package io.ecskit.contract;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentController;
import io.ecskit.domain.service.DeploymentControllerType;
import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.ScaleUnit;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.service.StabilityStatus;
import io.ecskit.domain.service.TaskSet;
import io.ecskit.domain.service.TaskSetSpec;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TaskSetPort: task sets of EXTERNAL services (CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets,
 * UpdateServicePrimaryTaskSet), and what CreateService and UpdateService refuse of services whose deployments another
 * controller runs (EXTERNAL, CODE_DEPLOY). Rules cited by their ids in docs/ecs-rules.md.
 */
public abstract class TaskSetPortContract extends ContractTest {

    private ClusterName cluster;
    private String family;

    @BeforeEach
    void externalService() {
        cluster = fixtures.cluster();
        family = fixtures.family();
        right(kit.api().taskDefinitions().register(withContainerMemory(fixtures.fargate(family))));
    }

    /** Containers with memory of their own, as many definitions have (moto's task sets need it to start tasks). */
    private static io.ecskit.domain.taskdef.TaskDefinition withContainerMemory(io.ecskit.domain.taskdef.TaskDefinition td) {
        return td.toBuilder().containerDefinitions(td.containerDefinitions().map(c -> c.toBuilder().memory(256).build())).build();
    }

    private ServiceName external(int desired) {
        ServiceName name = fixtures.serviceName();
        right(kit.api().services().create(ServiceSpec.builder().cluster(cluster).serviceName(name.value()).desiredCount(desired)
                .deploymentController(new DeploymentController(DeploymentControllerType.EXTERNAL)).build()));
        return name;
    }

    private TaskSet create(ServiceName service, double scale) {
        return right(kit.api().taskSets().create(spec(service).scale(percent(scale)).build()));
    }

    private io.ecskit.domain.service.TaskSetSpecBuilder spec(ServiceName service) {
        return TaskSetSpec.builder().service(service.value()).cluster(cluster).taskDefinition(TaskDefinitionRef.latest(family))
                .launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.awsvpc(fixtures.network()));
    }

    private static Scale percent(double value) {
        return Scale.builder().value(value).unit(ScaleUnit.PERCENT).build();
    }

    private TaskSet described(ServiceName service, TaskSet taskSet) {
        return right(kit.api().taskSets().describe(cluster, service.value(), List.of(taskSet.id().get()), false)).found().head();
    }

    @Test
    void createTaskSet_answersTheTaskSetAsEcsDescribesIt() {
        requires(Capability.TASK_SETS);
        ServiceName service = external(2);

        // scale 0: moto 5.2.5 starts a scaled task set's tasks through its RunTask, which fails for awsvpc (RUN_TASK)
        TaskSet created = create(service, 0);

        assertThat(created.id().get()).startsWith("ecs-svc/");
        assertThat(created.taskSetArn().get()).endsWith(":task-set/" + cluster.value() + "/" + service.value() + "/" + created.id().get());
        assertThat(created.status()).contains("ACTIVE");
        assertThat(created.taskDefinition().get()).endsWith(":task-definition/" + family + ":1");
        assertThat(created.scale()).contains(percent(0));
        assertThat(created.launchType()).contains(LaunchType.FARGATE);
        assertThat(created.stabilityStatus()).isNotEmpty();
        assertThat(right(kit.api().taskSets().describe(cluster, service.value(), List.empty(), false)).found().map(t -> t.id().get()))
                .containsExactly(created.id().get());
    }

    @Test
    void taskSets_runTheirScalesShareOfTheDesiredCount_andThePrimaryGivesTheServiceItsDefinition() {
        requires(Capability.TASK_SETS);
        requires(Capability.TASK_LIFECYCLE);
        ServiceName service = external(4);
        TaskSet blue = create(service, 100);
        right(kit.api().taskSets().updatePrimary(cluster, service.value(), blue.taskSetArn().get()));
        backend.passTime(Duration.ofMinutes(2));

        String greenFamily = fixtures.family();
        right(kit.api().taskDefinitions().register(withContainerMemory(fixtures.fargate(greenFamily))));
        TaskSet green = right(kit.api().taskSets().create(spec(service).taskDefinition(TaskDefinitionRef.latest(greenFamily))
                .scale(percent(30)).build()));
        backend.passTime(Duration.ofMinutes(2));
        TaskSet greenRunning = described(service, green);
        TaskSet primary = right(kit.api().taskSets().updatePrimary(cluster, service.value(), green.id().get()));
        right(kit.api().taskSets().update(cluster, service.value(), blue.id().get(), percent(0)));
        backend.passTime(Duration.ofMinutes(2));

        // ECS rounds the share up: 30% of 4 tasks is 2
        assertThat(greenRunning.computedDesiredCount()).contains(2);
        assertThat(greenRunning.runningCount()).contains(2);
        assertThat(greenRunning.stabilityStatus()).contains(StabilityStatus.STEADY_STATE);
        assertThat(primary.status()).contains("PRIMARY");
        assertThat(described(service, blue).status()).contains("ACTIVE");
        assertThat(described(service, blue).runningCount()).contains(0);
        Service after = right(kit.api().services().describe(cluster, List.of(service))).found().head();
        assertThat(after.taskDefinition().get().family()).isEqualTo(greenFamily);
        assertThat(after.runningCount()).isEqualTo(2);
        assertThat(after.taskSets().map(t -> t.status().get())).containsExactlyInAnyOrder("ACTIVE", "PRIMARY");
    }

    @Test
    void deleteTaskSet_drainsIt_andItDisappearsOnceItsTasksStopped() {
        requires(Capability.TASK_SETS);
        requires(Capability.TASK_LIFECYCLE);
        ServiceName service = external(2);
        TaskSet taskSet = create(service, 100);
        backend.passTime(Duration.ofMinutes(2));

        TaskSet deleted = right(kit.api().taskSets().delete(cluster, service.value(), taskSet.id().get(), true));
        backend.passTime(Duration.ofMinutes(2));

        assertThat(deleted.status()).contains("DRAINING");
        assertThat(right(kit.api().taskSets().describe(cluster, service.value(), List.empty(), false)).found()).isEmpty();
        assertThat(right(kit.api().services().describe(cluster, List.of(service))).found().head().runningCount()).isZero();
    }

    @Test
    void taskSetTags_areTaggable_andAnsweredOnlyWhenAsked() {
        requires(Capability.TASK_SETS);
        ServiceName service = external(0);
        TaskSet created = right(kit.api().taskSets().create(spec(service).scale(percent(0))
                .tags(List.of(io.ecskit.domain.Tag.of("team", "payments"))).build()));

        right(kit.api().tags().tag(created.taskSetArn().get(), List.of(io.ecskit.domain.Tag.of("stage", "green"))));

        var withTags = right(kit.api().taskSets().describe(cluster, service.value(), List.of(created.id().get()), true)).found().head();
        var withoutTags = right(kit.api().taskSets().describe(cluster, service.value(), List.of(created.id().get()), false)).found().head();
        assertThat(withTags.tags()).containsExactlyInAnyOrder(io.ecskit.domain.Tag.of("team", "payments"),
                io.ecskit.domain.Tag.of("stage", "green"));
        assertThat(withoutTags.tags()).isEmpty();
        assertThat(right(kit.api().tags().list(created.taskSetArn().get()))).hasSize(2);
    }

    @Test
    void taskSetCalls_onAServiceEcsDeploys_areRefused() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName ecs = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, ecs, TaskDefinitionRef.latest(family), 0).build()));

        assertError(kit.api().taskSets().create(spec(ecs).build()), EcsError.InvalidParameter.class,
                EcsRule.TASK_SET_EXTERNAL_CONTROLLER_ONLY.message());
        assertError(kit.api().taskSets().describe(cluster, ecs.value(), List.empty(), false), EcsError.InvalidParameter.class,
                EcsRule.TASK_SET_EXTERNAL_CONTROLLER_ONLY.message());
    }

    @Test
    void createTaskSet_withoutScale_runsNothing_andScaleIsZeroToHundredPercent() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName service = external(3);

        TaskSet unscaled = right(kit.api().taskSets().create(spec(service).build()));

        assertThat(unscaled.scale()).contains(percent(0));
        assertThat(unscaled.computedDesiredCount()).contains(0);
        assertError(kit.api().taskSets().create(spec(service).scale(percent(101)).build()), EcsError.InvalidParameter.class,
                EcsRule.TASK_SET_SCALE_RANGE.message());
        assertError(kit.api().taskSets().update(cluster, service.value(), unscaled.id().get(), percent(-1)),
                EcsError.InvalidParameter.class, EcsRule.TASK_SET_SCALE_RANGE.message());
        assertThat(right(kit.api().taskSets().describe(cluster, service.value(), List.empty(), false)).found()).hasSize(1);
    }

    @Test
    void unknownTaskSets_areNotFound_andMissingWhenDescribed() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName service = external(1);
        String unknown = "ecs-svc/1234567890123456789";

        var described = right(kit.api().taskSets().describe(cluster, service.value(), List.of(unknown), false));

        assertThat(described.found()).isEmpty();
        assertThat(described.failures().map(f -> f.reason())).containsExactly("MISSING");
        var update = kit.api().taskSets().update(cluster, service.value(), unknown, percent(10));
        assertThat(update.getLeft().code()).isEqualTo("TaskSetNotFoundException");
        assertThat(update.getLeft().message()).isEqualTo(EcsRule.TASK_SET_FOUND.message());
        assertThat(kit.api().taskSets().updatePrimary(cluster, service.value(), unknown).getLeft().code()).isEqualTo("TaskSetNotFoundException");
    }

    @Test
    void deleteTaskSet_refusesThePrimaryAndAScaledOneWithoutForce() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName service = external(2);
        TaskSet primary = create(service, 100);
        TaskSet other = create(service, 50);
        right(kit.api().taskSets().updatePrimary(cluster, service.value(), primary.id().get()));

        assertError(kit.api().taskSets().delete(cluster, service.value(), primary.id().get(), false), EcsError.InvalidParameter.class,
                EcsRule.PRIMARY_TASK_SET_NOT_DELETED.message());
        assertError(kit.api().taskSets().delete(cluster, service.value(), other.id().get(), false), EcsError.InvalidParameter.class,
                EcsRule.TASK_SET_SCALED_TO_ZERO_BEFORE_DELETE.message());
        assertThat(right(kit.api().taskSets().delete(cluster, service.value(), other.id().get(), true)).status()).contains("DRAINING");
    }

    @Test
    void aServiceHasAtMostFiveTaskSets() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName service = external(0);
        for (int i = 0; i < 5; i++) {
            create(service, 0);
        }

        assertError(kit.api().taskSets().create(spec(service).build()), EcsError.InvalidParameter.class,
                EcsRule.TASK_SETS_AT_MOST_FIVE.message());
    }

    @Test
    void createService_external_refusesWhatItsTaskSetsBring_andCreatesNothing() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName name = fixtures.serviceName();

        var refused = kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 1)
                .deploymentController(new DeploymentController(DeploymentControllerType.EXTERNAL)).build());

        assertError(refused, EcsError.InvalidParameter.class, EcsRule.EXTERNAL_SERVICE_TASK_DEFINITION_BLANK.message());
        assertThat(right(kit.api().services().describe(cluster, List.of(name))).found()).isEmpty();
    }

    @Test
    void updateService_external_changesTheCount_butNotWhatTaskSetsBring() {
        requires(Capability.TASK_SET_CHECKS);
        ServiceName service = external(1);

        Service scaled = right(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(service).desiredCount(3).build()));
        var refused = kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(service)
                .taskDefinition(TaskDefinitionRef.latest(family)).build());

        assertThat(scaled.desiredCount()).isEqualTo(3);
        assertError(refused, EcsError.InvalidParameter.class, EcsRule.EXTERNAL_SERVICE_UPDATE.message("task definition"));
    }

    @Test
    void updateService_codeDeploy_refusesANewDefinitionAndAForcedDeployment() {
        requires(Capability.CONTROLLER_CHECKS);
        ServiceName service = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, service, TaskDefinitionRef.latest(family), 0)
                .deploymentController(new DeploymentController(DeploymentControllerType.CODE_DEPLOY)).build()));

        assertError(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(service)
                        .taskDefinition(TaskDefinitionRef.latest(family)).build()),
                EcsError.InvalidParameter.class, EcsRule.CODE_DEPLOY_SERVICE_UPDATE.message("task definition"));
        assertError(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(service)
                        .forceNewDeployment(true).build()),
                EcsError.InvalidParameter.class, EcsRule.CODE_DEPLOY_FORCE_NEW_DEPLOYMENT.message());
        assertThat(right(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(service).desiredCount(2).build()))
                .desiredCount()).isEqualTo(2);
    }
}
