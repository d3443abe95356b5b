package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: 8 threads × 10,000 mixed operations on one in-memory kit — registrations, service
 * creates and updates, describes, list calls — answer only typed results, lose no update, and
 * leave the invariants ECS keeps: revisions 1..n per family without gaps or reuse, one service
 * per created name, each service's desired count the last one a thread set.
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int OPERATIONS = 10_000;

    @Test
    void eightThreadsTimesTenThousandOperations_loseNothing_andKeepTheInvariants() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        ClusterName cluster = new ClusterName("busy");
        kit.api().clusters().create(ClusterSpec.named(cluster)).get();
        Map<String, AtomicInteger> registered = new ConcurrentHashMap<>();
        Map<String, Integer> lastDesired = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        NetworkConfiguration network = NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
                List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED));
        String family = "web";
        kit.api().taskDefinitions().register(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD)).get();
        registered.computeIfAbsent(family, f -> new AtomicInteger()).incrementAndGet();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        java.util.List<Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Random random = new Random(thread);
                String service = "svc-" + thread;
                for (int i = 0; i < OPERATIONS; i++) {
                    switch (random.nextInt(5)) {
                        case 0 -> {
                            if (kit.api().taskDefinitions().register(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD + "-" + random.nextInt(3)))
                                    .isRight()) {
                                registered.get(family).incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                        case 1 -> {
                            var answer = kit.api().services().create(ServiceSpec.builder().cluster(cluster).serviceName(service)
                                    .taskDefinition(TaskDefinitionRef.latest(family)).desiredCount(0)
                                    .launchType(io.ecskit.domain.LaunchType.FARGATE).networkConfiguration(network).build());
                            if (answer.isRight()) {
                                created.incrementAndGet();
                                lastDesired.put(service, 0);
                            }
                        }
                        case 2 -> {
                            int desired = random.nextInt(3);
                            if (kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(new io.ecskit.domain.arn.ServiceName(service))
                                    .desiredCount(desired).build()).isRight()) {
                                lastDesired.put(service, desired);
                            }
                        }
                        case 3 -> assertThat(kit.api().services().describe(cluster, List.of(new io.ecskit.domain.arn.ServiceName(service))).isRight()).isTrue();
                        default -> assertThat(kit.api().taskDefinitions().listFamilies(Option.of(family), TaskDefinitionStatus.ACTIVE).get())
                                .containsExactly(family);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        var revisions = kit.api().taskDefinitions().list(Option.of(family), TaskDefinitionStatus.ACTIVE).get()
                .map(arn -> arn.revision()).sorted();
        assertThat(errors.get()).isZero();
        assertThat(revisions.size()).isEqualTo(registered.get(family).get());
        assertThat(revisions).isEqualTo(List.rangeClosed(1, registered.get(family).get()));
        assertThat(created.get()).as("each thread's service created once, the duplicates refused").isEqualTo(THREADS);
        var services = kit.api().services().describe(cluster, List.range(0, THREADS).map(t -> new io.ecskit.domain.arn.ServiceName("svc-" + t))).get();
        assertThat(services.found()).hasSize(THREADS);
        services.found().forEach(s -> assertThat(s.desiredCount()).as(s.serviceName().value())
                .isEqualTo(lastDesired.get(s.serviceName().value())));
    }
}
