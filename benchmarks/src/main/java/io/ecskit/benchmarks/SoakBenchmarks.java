package io.ecskit.benchmarks;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Issue 15, bounded memory in long simulations: 200 services × 10 tasks on one in-memory kit, one
 * of them crash-looping (its essential container exits after 30 s), one simulated hour per
 * invocation (and the same fleet with nothing failing, the idle hour: issue 26's goal is a crash-looping hour at most
 * twice an idle one); prints the heap in use after each hour. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar SoakBenchmarks} (24 iterations: a simulated day).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx512m")
@Warmup(iterations = 1)
@Measurement(iterations = 24)
public class SoakBenchmarks {

    static final String CRASHING = "public.ecr.aws/docker/library/crash:1";

    /** ECS's hour, or keeping everything (what the backend did before it forgot). */
    @org.openjdk.jmh.annotations.Param({"PT1H", "P365D"})
    public String retention;

    /** Service 0 crash-looping (the soak), or the same fleet with nothing failing (the idle hour it is measured against). */
    @org.openjdk.jmh.annotations.Param({"crash-looping", "idle"})
    public String fleet;

    InMemoryEcsKit kit;

    @Setup(Level.Trial)
    public void fleet() {
        kit = InMemoryEcsKit.create();
        kit.simulator().retainHistory(Duration.parse(retention));
        ClusterName cluster = new ClusterName("soak");
        kit.api().clusters().create(ClusterSpec.named(cluster)).get();
        kit.simulator().exitEssentialContainer(CRASHING, Duration.ofSeconds(30), 1);
        NetworkConfiguration network = NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
                List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED));
        for (int i = 0; i < 200; i++) {
            String image = i == 0 && fleet.equals("crash-looping") ? CRASHING : "public.ecr.aws/docker/library/httpd:2.4";
            kit.api().taskDefinitions().register(TaskDefinition.builder().family("svc" + i).networkMode(io.ecskit.domain.taskdef.NetworkMode.AWSVPC)
                    .requiresCompatibilities(List.of(io.ecskit.domain.taskdef.Compatibility.FARGATE)).cpu("256").memory("512")
                    .containerDefinitions(List.of(ContainerDefinition.builder().name("app").image(image).build())).build()).get();
            kit.api().services().create(ServiceSpec.builder().cluster(cluster).serviceName("svc" + i).taskDefinition(TaskDefinitionRef.latest("svc" + i))
                    .desiredCount(10).launchType(LaunchType.FARGATE).networkConfiguration(network).build()).get();
        }
        kit.simulator().advance(Duration.ofMinutes(5));
    }

    @Benchmark
    public Object oneSimulatedHour() {
        return kit.simulator().advance(Duration.ofHours(1));
    }

    /** Issue 26's catch-up: the first answer after a simulated day nobody called (goal < 100 ms when nothing fails). */
    @Benchmark
    public Object aDayLaterTheFirstAnswer() {
        kit.simulator().advance(Duration.ofDays(1));
        return kit.api().services().describe(new ClusterName("soak"), List.of(new io.ecskit.domain.arn.ServiceName("svc1"))).get();
    }

    @TearDown(Level.Iteration)
    public void heap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%n    heap in use after this hour: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
