package io.ecskit.benchmarks;

import io.ecskit.server.InMemoryEcsServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The same DescribeServices request, keep-alive, through the AWS SDK's EcsClient, against
 * {@code ecskit server} and against moto server, side by side in one run (issue 13: the goal is
 * the server at 20x moto's request rate); and how long the server takes to answer after start.
 * moto is the venv adapter-aws's tests install: {@code -Dmoto.bin=.../moto-venv/bin/moto_server}
 * (default {@code adapter-aws/target/moto-venv/bin/moto_server}, run from the repository root).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar WireProtocolBenchmarks}.
 */
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 2)
public class WireProtocolBenchmarks {

    @State(Scope.Benchmark)
    public static class Endpoint {
        @Param({"ecskit-server", "moto"})
        public String backend;

        InMemoryEcsServer server;
        Process moto;
        EcsClient ecs;
        DescribeServicesRequest request = DescribeServicesRequest.builder().cluster("bench").services("web").build();

        @Setup(Level.Trial)
        public void start() throws IOException, InterruptedException {
            URI endpoint;
            if (backend.equals("moto")) {
                int port;
                try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
                Path bin = Path.of(System.getProperty("moto.bin", "adapter-aws/target/moto-venv/bin/moto_server"));
                if (!Files.isExecutable(bin)) {
                    throw new IllegalStateException(bin.toAbsolutePath() + " is missing: run adapter-aws's tests once (they install moto)");
                }
                ProcessBuilder pb = new ProcessBuilder(bin.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
                moto = pb.start();
                endpoint = URI.create("http://127.0.0.1:" + port);
                awaitAnswer(endpoint.resolve("/moto-api/"), Duration.ofSeconds(60));
            } else {
                server = InMemoryEcsServer.start();
                endpoint = server.endpoint();
            }
            String subnet = "subnet-0123456789abcdef0";
            String securityGroup = "sg-0123456789abcdef0";
            if (moto != null) {
                try (software.amazon.awssdk.services.ec2.Ec2Client ec2 = software.amazon.awssdk.services.ec2.Ec2Client.builder()
                        .endpointOverride(endpoint).region(Region.US_EAST_1).httpClient(ApacheHttpClient.create())
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))).build()) {
                    String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
                    subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24")).subnet().subnetId();
                    securityGroup = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("bench").description("bench")).groupId();
                }
            }
            String subnetId = subnet;
            String securityGroupId = securityGroup;
            ecs = EcsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).httpClient(ApacheHttpClient.create())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))).build();
            ecs.createCluster(r -> r.clusterName("bench"));
            ecs.registerTaskDefinition(r -> r.family("web").requiresCompatibilities(Compatibility.FARGATE).networkMode(NetworkMode.AWSVPC)
                    .cpu("256").memory("512").containerDefinitions(c -> c.name("web").image("public.ecr.aws/docker/library/httpd:2.4")));
            ecs.createService(r -> r.cluster("bench").serviceName("web").taskDefinition("web").desiredCount(1).launchType("FARGATE")
                    .networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets(subnetId).securityGroups(securityGroupId))));
        }

        @TearDown(Level.Trial)
        public void stop() {
            ecs.close();
            if (server != null) {
                server.close();
            }
            if (moto != null) {
                moto.destroy();
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public DescribeServicesResponse describeServices(Endpoint endpoint) {
        return endpoint.ecs.describeServices(endpoint.request);
    }

    /** From nothing to the first answered request: what a test class pays for its server. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public int serverStartToFirstAnswer() throws IOException, InterruptedException {
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            return awaitAnswer(server.endpoint().resolve("/_ecskit/clock"), Duration.ofSeconds(10));
        }
    }

    static int awaitAnswer(URI uri, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            try {
                HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
                c.setConnectTimeout(500);
                int code = c.getResponseCode();
                c.disconnect();
                return code;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }
}
