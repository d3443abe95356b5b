package io.ecskit.contract;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ContainerInstancePort: the seed's clean-up deregisters container instances. */
public abstract class ContainerInstancePortContract extends ContractTest {

    @Test
    void list_fargateOnlyCluster_hasNone() {
        assertThat(right(kit.api().containerInstances().list(fixtures.cluster()))).isEmpty();
    }

    @Test
    void list_whenClusterIsUnknown_isClusterNotFound() {
        requires(Capability.UNKNOWN_CLUSTER_CHECKS);
        assertError(kit.api().containerInstances().list(fixtures.clusterName()), EcsError.ClusterNotFound.class, "Cluster not found.");
    }

    @Test
    void deregister_registeredInstance_removesIt_andTheClusterCanBeDeleted() {
        requires(Capability.CONTAINER_INSTANCES);
        ClusterName cluster = fixtures.cluster();
        backend.registerContainerInstance(cluster);
        ContainerInstanceArn instance = right(kit.api().containerInstances().list(cluster)).single();

        assertThat(right(kit.api().containerInstances().deregister(cluster, instance, true))).isEqualTo(instance);
        assertThat(right(kit.api().containerInstances().list(cluster))).isEmpty();
        assertThat(right(kit.api().clusters().delete(cluster)).registeredContainerInstancesCount()).isZero();
    }
}
