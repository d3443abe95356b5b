package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.ServiceDefaults;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.ScaleService;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Redeploy, scale, rollback, inspect and diff on any backend. */
public abstract class ServiceChangesContract extends ContractTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String NEXT_IMAGE = "public.ecr.aws/docker/library/httpd:2.4.62";
    /**
     * ECS's default rather than ecskit's: moto keeps no deploymentConfiguration (DescribeServices
     * answers without one, read as ECS's default), and the diffs here compare the service's settings.
     */
    private static final DeploymentConfiguration CONFIGURATION = ServiceDefaults.deploymentConfiguration(Option.none());

    private ClusterName cluster;
    private ServiceName service;
    private String family;

    @BeforeEach
    void deployed() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        family = fixtures.family();
        DeployService.Command command = deployCommand(fixtures.fargate(family), 1).withTimeout(TIMEOUT);
        // without a task lifecycle nothing would ever reach the desired count: set up without waiting
        right(kit.deploy(backend.lacks(Capability.TASK_LIFECYCLE).isEmpty() ? command : command.withoutWaiting(),
                DeploymentProgress.Listener.NONE));
    }

    @Test
    void redeploy_newImageAndEnvironment_registersTheNextRevisionFromTheRunningOne() {
        requires(Capability.TASK_LIFECYCLE);

        DeploymentOutcome outcome = right(kit.redeploy(RedeployService.Command.image(cluster, service, NEXT_IMAGE)
                .withEnvironment(LinkedHashMap.of("GREETING", "hello")).withTimeout(TIMEOUT), DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.taskDefinition().get().wire()).endsWith(family + ":2");
        var running = right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(family, 2))).get();
        assertThat(running.definition().containerDefinitions().head().image()).contains(NEXT_IMAGE);
        assertThat(running.definition().containerDefinitions().head().environment().map(e -> e.name().get() + "=" + e.value().get()))
                .containsExactly("GREETING=hello");
    }

    @Test
    void redeploy_unknownService_isServiceNotFound() {
        assertErrorType(kit.redeploy(RedeployService.Command.image(cluster, fixtures.serviceName(), NEXT_IMAGE),
                DeploymentProgress.Listener.NONE), EcsError.ServiceNotFound.class);
    }

    @Test
    void scale_toThree_runsThreeTasks() {
        requires(Capability.TASK_LIFECYCLE);

        DeploymentOutcome outcome = right(kit.scale(ScaleService.Command.of(cluster, service, 3).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().runningCount()).isEqualTo(3);
        assertThat(right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING))).hasSize(3);
    }

    @Test
    void rollback_afterARedeploy_returnsToTheRevisionThatCompleted() {
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.DEPLOYMENTS);
        right(kit.redeploy(RedeployService.Command.image(cluster, service, NEXT_IMAGE).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));

        DeploymentOutcome outcome = right(kit.rollback(RollbackService.Command.of(cluster, service).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().taskDefinition().get().wire()).endsWith(family + ":1");
    }

    @Test
    void rollback_afterTheCircuitBreakerRolledBack_goesOneFurther() {
        requires(Capability.FAULT_INJECTION);
        requires(Capability.DEPLOYMENTS);
        String bad = "public.ecr.aws/docker/library/httpd:no-such-tag";
        right(kit.redeploy(RedeployService.Command.image(cluster, service, NEXT_IMAGE).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));
        backend.failImagePull(bad);
        DeploymentOutcome failed = right(kit.deploy(deployCommand(fixtures.fargate(family, bad), 1)
                .withDeploymentConfiguration(DeployService.ECSKIT_DEPLOYMENT_CONFIGURATION).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));

        DeploymentOutcome outcome = right(kit.rollback(RollbackService.Command.of(cluster, service).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));

        assertThat(failed.result()).isEqualTo(Result.ROLLED_BACK);
        assertThat(failed.service().get().taskDefinition().get().wire()).endsWith(family + ":2");
        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().taskDefinition().get().wire()).endsWith(family + ":1");
    }

    @Test
    void rollback_withNoEarlierDeployedRevision_isRefused() {
        assertError(kit.rollback(RollbackService.Command.of(cluster, service), DeploymentProgress.Listener.NONE),
                EcsError.InvalidParameter.class,
                "No revision before " + family + ":1 completed a deployment that ecskit made; nothing to roll back to.");
    }

    @Test
    void inspect_listsRevisionsServicesAndTasks() {
        assertThat(right(kit.inspect().taskDefinitions(Option.of(family))).map(a -> a.familyRevision())).containsExactly(family + ":1");
        assertThat(right(kit.inspect().services(cluster)).map(a -> a.name())).containsExactly(service);
        assertThat(right(kit.inspect().describeServices(cluster, List.of(service))).found()).hasSize(1);
        assertThat(right(kit.inspect().tasks(cluster, service)).map(t -> t.taskDefinitionArn()))
                .allMatch(arn -> arn.familyRevision().equals(family + ":1"));
    }

    @Test
    void diff_desiredAgainstTheLiveService_listsEveryChangedField() {
        var desired = fixtures.fargate(family, NEXT_IMAGE).toBuilder().memory("1024").build();

        var changes = right(kit.diff(DiffTaskDefinition.Command.againstService(deployCommand(desired, 1))));

        assertThat(changes.map(TaskDefinitionDiff.Change::path)).containsExactlyInAnyOrder("memory", "containerDefinitions[0].image");
        assertThat(right(kit.diff(DiffTaskDefinition.Command.againstService(deployCommand(fixtures.fargate(family), 1)))))
                .isEmpty();
    }

    @Test
    void diff_serviceSettings_areListedAsUpdateServiceWouldChangeThem() {
        var desired = deployCommand(fixtures.fargate(family), 2).withDeploymentConfiguration(DeployService.ECSKIT_DEPLOYMENT_CONFIGURATION);

        var changes = right(kit.diff(DiffTaskDefinition.Command.againstService(desired)));

        assertThat(changes.map(Object::toString)).containsExactlyInAnyOrder(
                "service.desiredCount: 1 -> 2",
                "service.deploymentConfiguration.deploymentCircuitBreaker.enable: false -> true",
                "service.deploymentConfiguration.deploymentCircuitBreaker.rollback: false -> true");
    }

    @Test
    void diff_againstLatest_withoutAService_comparesWithTheFamilysNewestRevision() {
        var changes = right(kit.diff(DiffTaskDefinition.Command.againstLatest(fixtures.fargate(family, NEXT_IMAGE))));

        assertThat(changes.map(TaskDefinitionDiff.Change::path)).containsExactly("containerDefinitions[0].image");
    }

    @Test
    void diff_unknownService_isServiceNotFound() {
        var command = DeployService.Command.of(fixtures.fargate(family), cluster, fixtures.serviceName(), 1)
                .withNetwork(fixtures.network());

        assertErrorType(kit.diff(DiffTaskDefinition.Command.againstService(command)), EcsError.ServiceNotFound.class);
    }

    @Test
    void commands_thatCannotBeRight_areInvalid_beforeAnyCall() {
        var scale = kit.scale(ScaleService.Command.of(cluster, service, -1).withTimeout(Duration.ZERO),
                DeploymentProgress.Listener.NONE);
        var redeploy = kit.redeploy(RedeployService.Command.environment(cluster, service, LinkedHashMap.empty()),
                DeploymentProgress.Listener.NONE);

        assertThat(((EcsError.Invalid) scale.getLeft()).violations().map(Object::toString)).containsExactly(
                "desiredCount: desiredCount can not be negative.", "timeout: timeout must be positive, but was PT0S.");
        assertThat(((EcsError.Invalid) redeploy.getLeft()).violations().map(v -> v.path())).containsExactly("image");
        assertThat(right(kit.api().services().describe(cluster, List.of(service))).found().head().desiredCount()).isEqualTo(1);
    }

    private DeployService.Command deployCommand(io.ecskit.domain.taskdef.TaskDefinition td, int desired) {
        return DeployService.Command.of(td, cluster, service, desired).withNetwork(fixtures.network())
                .withDeploymentConfiguration(CONFIGURATION);
    }
}
