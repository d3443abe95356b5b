package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.RedeployService;
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

    private ClusterName cluster;
    private ServiceName service;
    private String family;

    @BeforeEach
    void deployed() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        family = fixtures.family();
        DeployService.Command command = DeployService.Command.of(fixtures.fargate(family), cluster, service, 1)
                .withNetwork(fixtures.network()).withTimeout(TIMEOUT);
        // without a task lifecycle nothing would ever reach the desired count: set up without waiting
        right(kit.deploy().deploy(backend.lacks(Capability.TASK_LIFECYCLE).isEmpty() ? command : command.withoutWaiting(),
                DeploymentProgress.Listener.NONE));
    }

    @Test
    void redeploy_newImageAndEnvironment_registersTheNextRevisionFromTheRunningOne() {
        requires(Capability.TASK_LIFECYCLE);

        DeploymentOutcome outcome = right(kit.redeploy().redeploy(RedeployService.Command.image(cluster, service, NEXT_IMAGE)
                .withEnvironment(LinkedHashMap.of("GREETING", "hello")).withTimeout(TIMEOUT), DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.taskDefinitionArn()).endsWith(family + ":2");
        var running = right(kit.taskDefinitions().describe(io.ecskit.domain.arn.TaskDefinitionRef.of(family, 2))).get();
        assertThat(running.definition().containerDefinitions().head().image()).isEqualTo(NEXT_IMAGE);
        assertThat(running.definition().containerDefinitions().head().environment().map(e -> e.name() + "=" + e.value()))
                .containsExactly("GREETING=hello");
    }

    @Test
    void redeploy_unknownService_isServiceNotFound() {
        assertErrorType(kit.redeploy().redeploy(RedeployService.Command.image(cluster, fixtures.serviceName(), NEXT_IMAGE),
                DeploymentProgress.Listener.NONE), EcsError.ServiceNotFound.class);
    }

    @Test
    void scale_toThree_runsThreeTasks() {
        requires(Capability.TASK_LIFECYCLE);

        DeploymentOutcome outcome = right(kit.scale().scale(cluster, service, 3, TIMEOUT, DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().runningCount()).isEqualTo(3);
        assertThat(right(kit.tasks().list(cluster, Option.of(service), TaskStatus.RUNNING))).hasSize(3);
    }

    @Test
    void rollback_afterARedeploy_returnsToTheRevisionThatCompleted() {
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.DEPLOYMENTS);
        right(kit.redeploy().redeploy(RedeployService.Command.image(cluster, service, NEXT_IMAGE).withTimeout(TIMEOUT),
                DeploymentProgress.Listener.NONE));

        DeploymentOutcome outcome = right(kit.rollback().rollback(cluster, service, TIMEOUT, DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().taskDefinition()).endsWith(family + ":1");
    }

    @Test
    void rollback_withNoEarlierDeployedRevision_isRefused() {
        assertErrorType(kit.rollback().rollback(cluster, service, TIMEOUT, DeploymentProgress.Listener.NONE),
                EcsError.InvalidParameter.class);
    }

    @Test
    void inspect_listsRevisionsServicesAndTasks() {
        assertThat(right(kit.inspect().taskDefinitions(Option.of(family))).map(a -> a.familyRevision())).containsExactly(family + ":1");
        assertThat(right(kit.inspect().services(cluster)).map(a -> a.name())).containsExactly(service);
        assertThat(right(kit.inspect().describeServices(cluster, List.of(service))).found()).hasSize(1);
        assertThat(right(kit.inspect().tasks(cluster, service)).map(t -> t.taskDefinitionArn()))
                .allMatch(arn -> arn.endsWith(family + ":1"));
    }

    @Test
    void diff_desiredAgainstTheLiveService_listsEveryChangedField() {
        var desired = fixtures.fargate(family, NEXT_IMAGE).toBuilder().memory("1024").build();

        var changes = right(kit.diff().diff(desired, cluster, service));

        assertThat(changes.map(TaskDefinitionDiff.Change::path)).containsExactlyInAnyOrder("memory", "containerDefinitions[0].image");
        assertThat(right(kit.diff().diff(fixtures.fargate(family), cluster, service))).isEmpty();
    }
}
