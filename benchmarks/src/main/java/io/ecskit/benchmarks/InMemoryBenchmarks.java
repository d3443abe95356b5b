package io.ecskit.benchmarks;

import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Either;
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

import java.util.concurrent.TimeUnit;

/**
 * What the in-memory backend costs a unit test. Targets (issue 3): starting the Dagger component
 * under 5 ms, one port operation under 10 µs. Run: {@code java -jar benchmarks/target/benchmarks.jar}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InMemoryBenchmarks {

    static final TaskDefinition HELLO_WORLD = TaskDefinition.builder()
            .family("hello-world")
            .requiresCompatibilities(List.of(Compatibility.FARGATE))
            .networkMode(NetworkMode.AWSVPC)
            .cpu("256")
            .memory("512")
            .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .containerDefinitions(List.of(ContainerDefinition.builder()
                    .name("hello-world")
                    .image("public.ecr.aws/docker/library/httpd:2.4")
                    .portMappings(List.of(PortMapping.tcp(80)))
                    .logConfiguration(LogConfiguration.awslogs("test-log", "us-east-1", "api"))
                    .build()))
            .build();

    @State(Scope.Thread)
    public static class Kit {
        InMemoryEcsKit kit;
        int serial;

        @Setup(Level.Iteration)
        public void start() {
            kit = InMemoryEcsKit.create();
            kit.api().clusters().create(ClusterSpec.named(new ClusterName("bench"))).get();
            kit.api().taskDefinitions().register(HELLO_WORLD).get();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            kit.close();
        }
    }

    @Benchmark
    public InMemoryEcsKit componentStart() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.close();
        return kit;
    }

    @Benchmark
    public Object registerAndDescribeTaskDefinition(Kit state) {
        var registered = state.kit.api().taskDefinitions().register(HELLO_WORLD).get();
        return state.kit.api().taskDefinitions().describe(TaskDefinitionRef.of("hello-world", registered.revision())).get();
    }

    @Benchmark
    public Object createAndDescribeService(Kit state) {
        ServiceName name = new ServiceName("svc-" + state.serial++);
        Either<EcsError, ?> created = state.kit.api().services().create(ServiceSpec.builder()
                .cluster(new ClusterName("bench"))
                .serviceName(name.value())
                .taskDefinition(TaskDefinitionRef.latest("hello-world"))
                .desiredCount(1)
                .launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(
                        List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"), AssignPublicIp.ENABLED)))
                .build());
        created.get();
        return state.kit.api().services().describe(new ClusterName("bench"), List.of(name)).get();
    }
}
