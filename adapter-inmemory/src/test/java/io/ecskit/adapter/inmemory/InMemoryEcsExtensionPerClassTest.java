package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.ClusterSpec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** InMemoryEcsExtension keeps one kit for a class with {@code perClass()}, and gives each test a fresh one without. */
class InMemoryEcsExtensionPerClassTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {

        @RegisterExtension
        static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create().perClass();

        @Test
        @Order(1)
        void aFirstTest_createsACluster_andMovesTheClock(InMemoryEcsKit kit, VirtualClock clock) {
            assertThat(kit.api().clusters().create(ClusterSpec.named(ClusterName.of("shared"))).isRight()).isTrue();
            clock.advance(Duration.ofHours(1));
        }

        @Test
        @Order(2)
        void aSecondTest_seesTheClusterAndTheClock_ofTheFirst(InMemoryEcsKit kit, VirtualClock clock) {
            assertThat(kit.api().clusters().describe(ClusterName.of("shared")).get().isDefined()).isTrue();
            assertThat(clock.instant()).isAfterOrEqualTo(VirtualClock.DEFAULT_START.plus(Duration.ofHours(1)));
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerTest {

        @RegisterExtension
        static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

        @Test
        @Order(1)
        void aFirstTest_createsACluster(InMemoryEcsKit kit) {
            assertThat(kit.api().clusters().create(ClusterSpec.named(ClusterName.of("mine"))).isRight()).isTrue();
        }

        @Test
        @Order(2)
        void aSecondTest_startsFromAnEmptyAccount(InMemoryEcsKit kit) {
            assertThat(kit.api().clusters().describe(ClusterName.of("mine")).get()).isEmpty();
        }
    }
}
