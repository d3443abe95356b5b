package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CleanUp on any backend: the seed's steps, and idempotent. */
public abstract class CleanUpContract extends ContractTest {

    private ClusterName cluster;
    private ServiceName service;
    private String family;

    @BeforeEach
    void deployed() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        family = fixtures.family();
        DeployService.Command command = DeployService.Command.of(fixtures.fargate(family), cluster, service, 1)
                .withNetwork(fixtures.network());
        // without a task lifecycle nothing would reach the desired count: set up without waiting
        right(kit.deploy(backend.lacks(Capability.TASK_LIFECYCLE).isEmpty() ? command : command.withoutWaiting(),
                DeploymentProgress.Listener.NONE));
    }

    @Test
    void cleanUp_cluster_scalesToZero_deletesTheServiceAndTheCluster() {
        var done = right(kit.cleanUp(CleanUp.Command.cluster(cluster), DeploymentProgress.Listener.NONE));

        assertThat(done.steps().map(Object::toString)).containsExactly("deleted service " + service.value(), "deleted cluster " + cluster.value());
        assertThat(done.removed(CleanUp.Step.Resource.SERVICE)).containsExactly(service.value());
        assertThat(done.removed(CleanUp.Step.Resource.CLUSTER)).containsExactly(cluster.value());
        assertThat(done.complete()).isTrue();
        assertThat(right(kit.api().clusters().describe(cluster)).map(c -> c.status())).contains(ClusterStatus.INACTIVE);
    }

    @Test
    void cleanUp_cluster_leavesNoServiceToDescribe() {
        requires(Capability.INACTIVE_CLUSTERS);

        right(kit.cleanUp(CleanUp.Command.cluster(cluster), DeploymentProgress.Listener.NONE));

        // an INACTIVE cluster's services can no longer be described: ECS answers ClusterNotFound
        assertError(kit.api().services().describe(cluster, List.of(service)), EcsError.ClusterNotFound.class,
                "Cluster not found.");
    }

    @Test
    void cleanUp_twice_succeedsTheSecondTimeToo() {
        right(kit.cleanUp(CleanUp.Command.cluster(cluster), DeploymentProgress.Listener.NONE));

        var again = right(kit.cleanUp(CleanUp.Command.cluster(cluster), DeploymentProgress.Listener.NONE));

        assertThat(again.steps().map(Object::toString)).containsExactly("cluster " + cluster.value() + " already gone");
        assertThat(again.alreadyGone(CleanUp.Step.Resource.CLUSTER)).containsExactly(cluster.value());
        assertThat(again.removed(CleanUp.Step.Resource.CLUSTER)).isEmpty();
    }

    @Test
    void cleanUp_withOptions_deregistersTheFamilyAndDeletesLogGroups() {
        LogGroupName group = new LogGroupName("/ecs/" + family);
        right(kit.api().logs().createGroup(group, Option.none()));

        var done = right(kit.cleanUp(CleanUp.Command.cluster(cluster).deregisterFamily(family)
                .deleteLogGroups(List.of(group, new LogGroupName("/ecs/" + family + "-gone"))), DeploymentProgress.Listener.NONE));

        assertThat(done.steps().map(Object::toString)).contains("deregistered task definition " + family + ":1", "deleted log group " + group.value());
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(family, 1))).map(r -> r.status()))
                .contains(TaskDefinitionStatus.INACTIVE);
        assertThat(right(kit.api().logs().describeGroup(group))).isEmpty();
    }

    @Test
    void cleanUp_oneService_leavesTheCluster() {
        var done = right(kit.cleanUp(CleanUp.Command.cluster(cluster).services(List.of(service)),
                DeploymentProgress.Listener.NONE));

        assertThat(done.steps().map(Object::toString)).containsExactly("deleted service " + service.value());
        assertThat(right(kit.api().clusters().describe(cluster)).map(c -> c.status())).contains(ClusterStatus.ACTIVE);
    }

    @Test
    void cleanUp_tellsTheListenerHowManyTasksStillRun() {
        java.util.List<DeploymentProgress> heard = new java.util.ArrayList<>();

        right(kit.cleanUp(CleanUp.Command.cluster(cluster), heard::add));

        assertThat(heard).isNotEmpty();
        assertThat(heard.get(heard.size() - 1).running()).isZero();
    }

    @Test
    void cleanUp_invalidCommand_isRefusedBeforeAnyChange() {
        var result = kit.cleanUp(CleanUp.Command.cluster(cluster).deregisterFamily("bad family")
                .withTimeout(java.time.Duration.ofSeconds(-1)), DeploymentProgress.Listener.NONE);

        assertThat(result.getLeft()).isInstanceOf(EcsError.Invalid.class);
        assertThat(((EcsError.Invalid) result.getLeft()).violations().map(Object::toString)).containsExactly(
                "family: Family contains invalid characters.", "timeout: timeout must be positive, but was PT-1S.");
        assertThat(right(kit.api().clusters().describe(cluster)).map(c -> c.status())).contains(ClusterStatus.ACTIVE);
    }
}
