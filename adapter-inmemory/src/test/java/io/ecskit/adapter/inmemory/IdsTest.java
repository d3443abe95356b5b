package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.cluster.Cluster;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21: every kit (so every server region) hands out its own IDs, unless a test seeds them. */
class IdsTest {

    private static String instanceId(InMemoryEcsKit kit) {
        Cluster cluster = kit.api().clusters().create(ClusterSpec.named(ClusterName.of("ids"))).get();
        return kit.simulator().registerContainerInstance(cluster.name()).get().id();
    }

    @Test
    void twoKits_handOutDifferentIds_unlessBothAreSeededAlike() {
        String first = instanceId(InMemoryEcsKit.create());
        String second = instanceId(InMemoryEcsKit.create());
        InMemoryEcsKit seededA = InMemoryEcsKit.create();
        seededA.simulator().seedIds(7);
        InMemoryEcsKit seededB = InMemoryEcsKit.create();
        seededB.simulator().seedIds(7);

        assertThat(first).isNotEqualTo(second).hasSize(32);
        assertThat(instanceId(seededA)).isEqualTo(instanceId(seededB));
    }
}
