package io.ecskit.adapter.inmemory;

import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    private static <T> List<T> onThreads(int n, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            java.util.List<Future<T>> futures = pool.invokeAll(List.fill(n, () -> work).asJava());
            List<T> results = List.empty();
            for (Future<T> f : futures) {
                results = results.append(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void register_fromManyThreads_givesEveryCallItsOwnRevision() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();

        List<Integer> revisions = onThreads(200, () -> kit.taskDefinitions()
                .register(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD)).get().revision());

        assertThat(revisions.sorted()).containsExactlyElementsOf(List.rangeClosed(1, 200));
    }

    @Test
    void createService_fromManyThreads_loosesNoServiceAndRefusesDuplicates() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        ClusterName cluster = new ClusterName("busy");
        kit.clusters().create(ClusterSpec.named(cluster)).get();
        RegisteredTaskDefinition td = kit.taskDefinitions().register(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD)).get();
        java.util.concurrent.atomic.AtomicInteger serial = new java.util.concurrent.atomic.AtomicInteger();

        List<Boolean> created = onThreads(100, () -> kit.services().create(ServiceSpec.builder().cluster(cluster)
                .serviceName("svc-" + serial.incrementAndGet() % 50)
                .taskDefinition(TaskDefinitionRef.of(td.family(), td.revision())).desiredCount(1).launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
                        List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED))).build()).isRight());

        assertThat(created.count(ok -> ok)).isEqualTo(50);
        assertThat(kit.services().list(cluster).get()).hasSize(50);
        assertThat(kit.clusters().describe(cluster).get().get().activeServicesCount()).isEqualTo(50);
    }
}
