package io.ecskit.contract;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ClusterPort as ECS behaves (ECS-RULES §5). */
public abstract class ClusterPortContract extends ContractTest {

    @Test
    void create_whenNew_isActiveWithLongArn() {
        ClusterName name = fixtures.clusterName();

        Cluster cluster = right(kit.api().clusters().create(ClusterSpec.named(name)));

        assertThat(cluster.status()).isEqualTo(ClusterStatus.ACTIVE);
        assertThat(cluster.clusterArn().toString())
                .isEqualTo("arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":cluster/" + name.value());
        assertThat(cluster.activeServicesCount()).isZero();
    }

    @Test
    void create_whenAlreadyActive_returnsTheSameCluster() {
        ClusterName name = fixtures.cluster();

        Cluster again = right(kit.api().clusters().create(ClusterSpec.named(name)));

        assertThat(again.status()).isEqualTo(ClusterStatus.ACTIVE);
        assertThat(right(kit.api().clusters().list()).count(arn -> arn.name().equals(name))).isEqualTo(1);
    }

    @Test
    void describe_whenUnknown_isEmpty() {
        assertThat(right(kit.api().clusters().describe(fixtures.clusterName()))).isEmpty();
    }

    @Test
    void list_containsEveryActiveCluster() {
        ClusterName a = fixtures.cluster();
        ClusterName b = fixtures.cluster();

        assertThat(right(kit.api().clusters().list()).map(arn -> arn.name())).contains(a, b);
    }

    @Test
    void delete_whenUnknown_isClusterNotFound() {
        assertError(kit.api().clusters().delete(fixtures.clusterName()), EcsError.ClusterNotFound.class, "Cluster not found.");
    }

    @Test
    void delete_whenEmpty_leavesItInactiveButDescribable() {
        ClusterName name = fixtures.cluster();

        Cluster deleted = right(kit.api().clusters().delete(name));

        assertThat(deleted.status()).isEqualTo(ClusterStatus.INACTIVE);
        assertThat(right(kit.api().clusters().describe(name)).map(Cluster::status)).contains(ClusterStatus.INACTIVE);
    }

    @Test
    void delete_thenList_doesNotListTheInactiveCluster() {
        requires(Capability.INACTIVE_CLUSTERS);
        ClusterName name = fixtures.cluster();
        right(kit.api().clusters().delete(name));

        assertThat(right(kit.api().clusters().list()).map(arn -> arn.name())).doesNotContain(name);
    }

    @Test
    void delete_whenServiceIsActive_isClusterContainsServices() {
        requires(Capability.DELETE_CLUSTER_CHECKS);
        ClusterName cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().services().create(fixtures.service(cluster, fixtures.serviceName(), TaskDefinitionRef.latest(family), 0).build()));

        assertError(kit.api().clusters().delete(cluster), EcsError.ClusterContainsServices.class,
                "The Cluster cannot be deleted while Services are active.");
    }

    @Test
    void delete_whenATaskRuns_isClusterContainsTasks() {
        requires(Capability.DELETE_CLUSTER_CHECKS);
        requires(Capability.RUN_TASK);
        ClusterName cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().tasks().run(io.ecskit.domain.task.RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()))).found();

        assertError(kit.api().clusters().delete(cluster), EcsError.ClusterContainsTasks.class,
                "The Cluster cannot be deleted while Tasks are active.");
    }

    @Test
    void delete_whenContainerInstancesAreRegistered_isClusterContainsContainerInstances() {
        requires(Capability.DELETE_CLUSTER_CHECKS);
        requires(Capability.CONTAINER_INSTANCES);
        ClusterName cluster = fixtures.cluster();
        backend.registerContainerInstance(cluster);

        assertError(kit.api().clusters().delete(cluster), EcsError.ClusterContainsContainerInstances.class,
                "The Cluster cannot be deleted while Container Instances are active.");
    }

    @Test
    void clusters_arePerRegion() {
        requires(Capability.OTHER_REGION);
        ClusterName name = fixtures.cluster();
        String other = kit.region().equals("eu-west-1") ? "us-west-2" : "eu-west-1";

        try (EcsKit elsewhere = backend.kitIn(other)) {
            assertThat(right(elsewhere.api().clusters().describe(name))).isEmpty();
            assertThat(right(elsewhere.api().clusters().list()).map(arn -> arn.name())).doesNotContain(name);
        }
    }
}
