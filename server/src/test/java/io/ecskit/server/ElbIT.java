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

    /** An application load balancer "shop" with an ip target group "shop-web" its HTTP listener on port 80 forwards to, made by the AWS CLI. */
    private record Alb(String loadBalancer, String targetGroup, String listener) {
        static Alb build(AwsCli cli, InMemoryEcsServer server) throws IOException {
            String region = server.region();
            String lb = ok(cli.run(server.endpoint(), region, "elbv2", "create-load-balancer", "--name", "shop", "--subnets", "subnet-0123456789abcdef0",
                    "subnet-0123456789abcdef1")).at("/LoadBalancers/0/LoadBalancerArn").asText();
            String tg = ok(cli.run(server.endpoint(), region, "elbv2", "create-target-group", "--name", "shop-web", "--protocol", "HTTP", "--port", "80",
                    "--target-type", "ip", "--vpc-id", "vpc-0123456789abcdef0")).at("/TargetGroups/0/TargetGroupArn").asText();
            String listener = ok(cli.run(server.endpoint(), region, "elbv2", "create-listener", "--load-balancer-arn", lb, "--protocol", "HTTP",
                    "--port", "80", "--default-actions", "Type=forward,TargetGroupArn=" + tg)).at("/Listeners/0/ListenerArn").asText();
            return new Alb(lb, tg, listener);
        }
    }

    @Test
    void theAwsCli_buildsALoadBalancer_andAnEcsServicesTasksBecomeHealthyTargets() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String region = server.region();
            Alb alb = Alb.build(cli, server);
            String lb = alb.loadBalancer();
            String tg = alb.targetGroup();
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

    /** A control of the server's own API, with its token, as a test script would call it. */
    private static java.net.http.HttpResponse<String> control(InMemoryEcsServer server, String pathAndQuery) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.endpoint().resolve(pathAndQuery))
                .header("X-Ecskit-Control-Token", server.controlToken().get()).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void scriptedTraffic_isReportedAsElbReportsIt_andAlbRequestCountPerTargetScalesTheService() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String region = server.region();
            Alb alb = Alb.build(cli, server);
            String lb = alb.loadBalancer();
            String tg = alb.targetGroup();
            String listener = alb.listener();
            AutoScalingIT.service(server.kit(), "shop", "web", 0);
            ok(cli.run(server.endpoint(), region, "ecs", "update-service", "--cluster", "shop", "--service", "web", "--desired-count", "2",
                    "--load-balancers", "targetGroupArn=" + tg + ",containerName=web,containerPort=80"));
            String label = lb.substring(lb.indexOf(":loadbalancer/") + ":loadbalancer/".length()) + "/" + tg.substring(tg.lastIndexOf(':') + 1);
            ok(cli.run(server.endpoint(), region, "application-autoscaling", "register-scalable-target", "--service-namespace", "ecs",
                    "--scalable-dimension", "ecs:service:DesiredCount", "--resource-id", "service/shop/web", "--min-capacity", "2", "--max-capacity", "6"));
            AwsCli.Result noLabel = cli.run(server.endpoint(), region, "application-autoscaling", "put-scaling-policy", "--service-namespace", "ecs",
                    "--scalable-dimension", "ecs:service:DesiredCount", "--resource-id", "service/shop/web", "--policy-name", "requests",
                    "--policy-type", "TargetTrackingScaling", "--target-tracking-scaling-policy-configuration",
                    "{\"TargetValue\":600,\"PredefinedMetricSpecification\":{\"PredefinedMetricType\":\"ALBRequestCountPerTarget\"}}");
            assertThat(noLabel.stderr()).contains("(ValidationException)").contains("ResourceLabel is required");
            JsonNode policy = ok(cli.run(server.endpoint(), region, "application-autoscaling", "put-scaling-policy", "--service-namespace", "ecs",
                    "--scalable-dimension", "ecs:service:DesiredCount", "--resource-id", "service/shop/web", "--policy-name", "requests",
                    "--policy-type", "TargetTrackingScaling", "--target-tracking-scaling-policy-configuration",
                    "{\"TargetValue\":600,\"PredefinedMetricSpecification\":{\"PredefinedMetricType\":\"ALBRequestCountPerTarget\",\"ResourceLabel\":\""
                            + label + "\"},\"ScaleOutCooldown\":300}"));
            assertThat(policy.get("Alarms")).hasSize(2);
            server.simulator().advance(Duration.ofMinutes(5));

            // 30 requests a second through the listener, a tenth of them failing: 1,800 a minute, 900 per target
            assertThat(control(server, "/_ecskit/requests?arn=" + listener + "&perSecond=30").statusCode()).isEqualTo(200);
            assertThat(control(server, "/_ecskit/faults/requests?image=nginx&fraction=0.1").statusCode()).isEqualTo(200);
            java.net.http.HttpResponse<String> unknown = control(server, "/_ecskit/requests?arn=" + listener + "x&perSecond=30");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("no listener or listener rule");
            assertThat(control(server, "/_ecskit/faults/requests?image=nginx&fraction=2").body()).contains("a share from 0 to 1");
            server.simulator().advance(Duration.ofMinutes(3));

            String lbDimension = "Name=LoadBalancer,Value=" + label.substring(0, label.indexOf("/targetgroup/"));
            String start = server.simulator().now().minus(Duration.ofMinutes(3)).toString();
            String end = server.simulator().now().toString();
            JsonNode requests = ok(cli.run(server.endpoint(), region, "cloudwatch", "get-metric-statistics", "--namespace", "AWS/ApplicationELB",
                    "--metric-name", "RequestCount", "--dimensions", lbDimension, "--start-time", start, "--end-time", end,
                    "--period", "60", "--statistics", "Sum"));
            assertThat(requests.get("Datapoints")).isNotEmpty();
            for (JsonNode point : requests.get("Datapoints")) {
                assertThat(point.get("Sum").asDouble()).isEqualTo(1800.0);
                assertThat(point.get("Unit").asText()).isEqualTo("Count");
            }
            JsonNode errors = ok(cli.run(server.endpoint(), region, "cloudwatch", "get-metric-statistics", "--namespace", "AWS/ApplicationELB",
                    "--metric-name", "HTTPCode_Target_5XX_Count", "--dimensions", lbDimension, "--start-time", start, "--end-time", end,
                    "--period", "60", "--statistics", "Sum"));
            assertThat(errors.at("/Datapoints/0/Sum").asDouble()).isEqualTo(180.0);
            JsonNode listed = ok(cli.run(server.endpoint(), region, "cloudwatch", "list-metrics", "--namespace", "AWS/ApplicationELB"));
            assertThat(listed.findValuesAsText("MetricName")).contains("RequestCount", "RequestCountPerTarget", "HTTPCode_Target_2XX_Count",
                    "HTTPCode_Target_5XX_Count");

            // three minutes above 600 per target: ceil(2 × 900 / 600) = 3 tasks
            server.simulator().advance(Duration.ofMinutes(5));
            JsonNode service = ok(cli.run(server.endpoint(), region, "ecs", "describe-services", "--cluster", "shop", "--services", "web"));
            assertThat(service.at("/services/0/desiredCount").asInt()).isEqualTo(3);
        }
    }

    /** The documented settings examples this build must match (a ratchet). */
    static final Set<String> SETTINGS = Set.of("set-security-groups.rst", "set-subnets.rst", "set-ip-address-type.rst",
            "describe-account-limits.rst", "describe-listener-certificates.rst", "add-listener-certificates.rst");
    static final int SETTINGS_FLOOR = 6;

    @Test
    void documentedSettingsExamples_onTheExamplesLoadBalancer_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<AwsCliExamplesIT.Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(cli.examples("elbv2"))) {
            for (Path file : files.filter(f -> SETTINGS.contains(f.getFileName().toString())).sorted().toList()) {
                examples.addAll(AwsCliExamplesIT.parse(file, "elbv2"));
            }
        }
        String pageBalancer = "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-load-balancer/50dc6c495c0c9188";
        String pageListener = "arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2";
        String certificate = "arn:aws:acm:us-west-2:123456789012:certificate/";
        int matching = AwsCliExamplesIT.matching("AWS CLI Elastic Load Balancing settings examples", examples, "us-west-2", (server, args) -> {
            // the page's load balancer and its HTTPS listener, with the certificates the page shows on it
            var elb = server.kit().api().loadBalancing();
            var lb = elb.createLoadBalancer(io.ecskit.domain.elb.CreateLoadBalancerInput.builder().name("my-load-balancer")
                    .subnets(io.vavr.collection.List.of("subnet-8360a9e7", "subnet-b7d581c0")).build()).get();
            var tg = elb.createTargetGroup(io.ecskit.domain.elb.CreateTargetGroupInput.builder().name("my-targets")
                    .protocol(io.ecskit.domain.elb.ProtocolEnum.HTTP).port(80).vpcId(lb.vpcId().get()).build()).get();
            var listener = elb.createListener(io.ecskit.domain.elb.CreateListenerInput.builder().loadBalancerArn(lb.loadBalancerArn().get())
                    .protocol(io.ecskit.domain.elb.ProtocolEnum.HTTPS).port(443)
                    .certificates(io.vavr.collection.List.of(io.ecskit.domain.elb.Certificate.builder()
                            .certificateArn(certificate + "fe59da96-6f58-4a22-8eed-6d0d50477e1d").build()))
                    .defaultActions(io.vavr.collection.List.of(io.ecskit.domain.elb.Action.builder().type(io.ecskit.domain.elb.ActionTypeEnum.FORWARD)
                            .targetGroupArn(tg.targetGroupArn()).build())).build()).get();
            elb.addListenerCertificates(listener.listenerArn().get(), io.vavr.collection.List.of("5cc54884-f4a3-4072-80be-05b9ba72f705",
                    "3dcb0a41-bd72-4774-9ad9-756919c40557").map(id -> io.ecskit.domain.elb.Certificate.builder().certificateArn(certificate + id).build())).get();
            return args.stream().map(a -> a.replace(pageListener, listener.listenerArn().get()).replace(pageBalancer, lb.loadBalancerArn().get())).toList();
        });
        assertThat(examples).as("examples read from the awscli package").hasSizeGreaterThanOrEqualTo(SETTINGS_FLOOR);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(SETTINGS_FLOOR);
    }

    @Test
    void theAwsCli_readsCapacityReservations_listenerAttributes_andElbsRefusalsOfThem() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String region = server.region();
            Alb alb = Alb.build(cli, server);
            JsonNode none = ok(cli.run(server.endpoint(), region, "elbv2", "describe-capacity-reservation", "--load-balancer-arn", alb.loadBalancer()));
            assertThat(none.has("MinimumLoadBalancerCapacity")).isFalse();
            assertThat(none.get("DecreaseRequestsRemaining").asInt()).isEqualTo(2);
            JsonNode reserved = ok(cli.run(server.endpoint(), region, "elbv2", "modify-capacity-reservation", "--load-balancer-arn", alb.loadBalancer(),
                    "--minimum-load-balancer-capacity", "CapacityUnits=100"));
            assertThat(reserved.at("/MinimumLoadBalancerCapacity/CapacityUnits").asInt()).isEqualTo(100);
            assertThat(reserved.get("CapacityReservationState")).hasSize(2).allMatch(z -> z.at("/State/Code").asText().equals("pending"));
            AwsCli.Result pending = cli.run(server.endpoint(), region, "elbv2", "modify-capacity-reservation", "--load-balancer-arn", alb.loadBalancer(),
                    "--reset-capacity-reservation");
            assertThat(pending.stderr()).contains("(CapacityReservationPending)");
            server.simulator().advance(Duration.ofMinutes(10));
            JsonNode provisioned = ok(cli.run(server.endpoint(), region, "elbv2", "describe-capacity-reservation", "--load-balancer-arn", alb.loadBalancer()));
            assertThat(provisioned.get("CapacityReservationState")).allMatch(z -> z.at("/State/Code").asText().equals("provisioned")
                    && z.get("EffectiveCapacityUnits").asDouble() == 50.0);

            JsonNode attributes = ok(cli.run(server.endpoint(), region, "elbv2", "describe-listener-attributes", "--listener-arn", alb.listener()));
            assertThat(attributes.get("Attributes").findValuesAsText("Key")).contains("routing.http.response.server.enabled");
            AwsCli.Result unknown = cli.run(server.endpoint(), region, "elbv2", "modify-listener-attributes", "--listener-arn", alb.listener(),
                    "--attributes", "Key=tcp.idle_timeout.seconds,Value=100");
            assertThat(unknown.stderr()).contains("(ValidationError)").contains("Listener attribute 'tcp.idle_timeout.seconds' is not recognized");
            AwsCli.Result notSecure = cli.run(server.endpoint(), region, "elbv2", "add-listener-certificates", "--listener-arn", alb.listener(),
                    "--certificates", "CertificateArn=arn:aws:acm:us-east-1:123456789012:certificate/5cc54884-f4a3-4072-80be-05b9ba72f705");
            assertThat(notSecure.stderr()).contains("(InvalidConfigurationRequest)").contains("not supported for 'HTTP' protocol listeners");
            AwsCli.Result tooFew = cli.run(server.endpoint(), region, "elbv2", "set-subnets", "--load-balancer-arn", alb.loadBalancer(),
                    "--subnets", "subnet-0123456789abcdef0");
            assertThat(tooFew.stderr()).contains("(ValidationError)").contains("At least two subnets in two different Availability Zones must be specified");
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
