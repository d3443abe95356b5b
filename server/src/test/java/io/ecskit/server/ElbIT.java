package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elastic Load Balancing through the AWS CLI (issue 25 item 3), over ELB's query protocol: a load balancer, an ip target
 * group and a listener; an ECS service naming the group has its running tasks registered, healthy on the server's clock;
 * ELB's errors with its codes; and the AWS CLI's documented create examples (read from the installed awscli package)
 * matching AWS's recorded outputs structurally.
 */
class ElbIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILES = Set.of("create-load-balancer.rst", "create-target-group.rst");
    /** The documented examples this build must match (a ratchet); not yet: gateway and lambda (refused by name), fixed addresses. */
    static final int FLOOR = 5;

    private static JsonNode ok(AwsCli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
    }

    @Test
    void theAwsCli_buildsALoadBalancer_andAnEcsServicesTasksBecomeHealthyTargets() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String region = server.region();
            String lb = ok(cli.run(server.endpoint(), region, "elbv2", "create-load-balancer", "--name", "shop", "--subnets", "subnet-0123456789abcdef0",
                    "subnet-0123456789abcdef1")).at("/LoadBalancers/0/LoadBalancerArn").asText();
            String tg = ok(cli.run(server.endpoint(), region, "elbv2", "create-target-group", "--name", "shop-web", "--protocol", "HTTP", "--port", "80",
                    "--target-type", "ip", "--vpc-id", "vpc-0123456789abcdef0")).at("/TargetGroups/0/TargetGroupArn").asText();
            ok(cli.run(server.endpoint(), region, "elbv2", "create-listener", "--load-balancer-arn", lb, "--protocol", "HTTP", "--port", "80",
                    "--default-actions", "Type=forward,TargetGroupArn=" + tg));
            var kit = server.kit();
            kit.api().clusters().create(io.ecskit.domain.cluster.ClusterSpec.named(new io.ecskit.domain.arn.ClusterName("shop")));
            kit.api().taskDefinitions().register(io.ecskit.domain.taskdef.TaskDefinition.builder().family("web")
                    .requiresCompatibilities(io.vavr.collection.List.of(io.ecskit.domain.taskdef.Compatibility.FARGATE))
                    .networkMode(io.ecskit.domain.taskdef.NetworkMode.AWSVPC).cpu("256").memory("512")
                    .containerDefinitions(io.vavr.collection.List.of(io.ecskit.domain.taskdef.ContainerDefinition.builder().name("web").image("nginx")
                            .essential(true).portMappings(io.vavr.collection.List.of(io.ecskit.domain.taskdef.PortMapping.tcp(80))).build())).build()).get();
            ok(cli.run(server.endpoint(), region, "ecs", "create-service", "--cluster", "shop", "--service-name", "web", "--task-definition", "web",
                    "--desired-count", "0", "--launch-type", "FARGATE", "--network-configuration",
                    "awsvpcConfiguration={subnets=[subnet-0123456789abcdef0],securityGroups=[sg-0123456789abcdef0]}"));
            ok(cli.run(server.endpoint(), region, "ecs", "update-service", "--cluster", "shop", "--service", "web", "--desired-count", "2",
                    "--load-balancers", "targetGroupArn=" + tg + ",containerName=web,containerPort=80"));

            server.simulator().advance(Duration.ofMinutes(5));

            JsonNode health = ok(cli.run(server.endpoint(), region, "elbv2", "describe-target-health", "--target-group-arn", tg));
            assertThat(health.get("TargetHealthDescriptions")).hasSize(2);
            for (JsonNode target : health.get("TargetHealthDescriptions")) {
                assertThat(target.at("/TargetHealth/State").asText()).isEqualTo("healthy");
                assertThat(target.at("/Target/Port").asInt()).isEqualTo(80);
            }
            JsonNode balancer = ok(cli.run(server.endpoint(), region, "elbv2", "describe-load-balancers", "--names", "shop"));
            assertThat(balancer.at("/LoadBalancers/0/State/Code").asText()).isEqualTo("active");
            AwsCli.Result inUse = cli.run(server.endpoint(), region, "elbv2", "delete-target-group", "--target-group-arn", tg);
            assertThat(inUse.stderr()).contains("(ResourceInUse)").contains("is currently in use by a listener or a rule");
            AwsCli.Result noLoadBalancer = cli.run(server.endpoint(), region, "elbv2", "describe-load-balancers", "--names", "nope");
            assertThat(noLoadBalancer.stderr()).contains("(LoadBalancerNotFound)");
        }
    }

    @Test
    void documentedCreateExamples_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<AwsCliExamplesIT.Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(cli.examples("elbv2"))) {
            for (Path file : files.filter(f -> FILES.contains(f.getFileName().toString())).sorted().toList()) {
                examples.addAll(AwsCliExamplesIT.parse(file, "elbv2"));
            }
        }
        int matching = AwsCliExamplesIT.matching("AWS CLI Elastic Load Balancing examples", examples, "us-west-2", (server, args) -> args);
        assertThat(examples).as("examples read from the awscli package").hasSizeGreaterThan(3);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(FLOOR);
    }
}
