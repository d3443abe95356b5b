package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.adapter.aws.testing.Boto3;
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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Application Auto Scaling through clients nobody here wrote (issue 25 item 5): the AWS SDK for Java has no module for it,
 * so {@code ecskit server} serves it from botocore's model over JSON 1.1 ({@code AnyScaleFrontendService.}) and the AWS
 * CLI and boto3 drive it: a target tracking policy scales a service out under scripted load and its CloudWatch alarms are
 * there to describe; errors come back with Application Auto Scaling's codes, which boto3 reads as its modelled
 * exceptions; the AWS CLI's documented ECS examples (read from the installed awscli package, their config files taken
 * from the page) match AWS's recorded outputs structurally.
 */
class AutoScalingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The examples this build must match (a ratchet). Not yet: list-tags-for-resource names the page's own target ARN (a
     * server hands out its own ids); put-scaling-policy's example 2 lacks a line continuation on the page (its shell would
     * run it without --policy-type) and its customized metric has a Unit, which ecskit refuses by name.
     */
    static final int FLOOR = 4;

    /** A cluster and a Fargate service of {@code desired} tasks, as ECS would hold them. */
    static void service(InMemoryEcsKit kit, String cluster, String service, int desired) {
        kit.api().clusters().create(ClusterSpec.named(new ClusterName(cluster)));
        kit.api().taskDefinitions().register(TaskDefinition.builder().family(service).requiresCompatibilities(io.vavr.collection.List.of(io.ecskit.domain.taskdef.Compatibility.FARGATE))
                .networkMode(io.ecskit.domain.taskdef.NetworkMode.AWSVPC).cpu("256").memory("512")
                .containerDefinitions(io.vavr.collection.List.of(ContainerDefinition.builder().name("web").image("nginx").essential(true)
                        .portMappings(io.vavr.collection.List.of(io.ecskit.domain.taskdef.PortMapping.tcp(80))).build()))
                .build()).get();
        kit.api().services().create(ServiceSpec.builder().cluster(new ClusterName(cluster)).serviceName(service)
                .taskDefinition(TaskDefinitionRef.latest(service)).desiredCount(desired).launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(io.vavr.collection.List.of("subnet-0123456789abcdef0"),
                        io.vavr.collection.List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED))).build()).get();
    }

    private static JsonNode ok(AwsCli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
    }

    @Test
    void theAwsCli_registersATarget_andATargetTrackingPolicyScalesTheServiceOnTheClock() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String region = server.region();
            service(server.kit(), "shop", "web", 1);
            server.simulator().advance(Duration.ofMinutes(2));
            String arn = ok(cli.run(server.endpoint(), region, "application-autoscaling", "register-scalable-target", "--service-namespace", "ecs",
                    "--scalable-dimension", "ecs:service:DesiredCount", "--resource-id", "service/shop/web", "--min-capacity", "1",
                    "--max-capacity", "4", "--tags", "team=shop")).get("ScalableTargetARN").asText();
            assertThat(arn).matches("arn:aws:application-autoscaling:" + region + ":\\d{12}:scalable-target/[0-9a-z]{36}");
            JsonNode policy = ok(cli.run(server.endpoint(), region, "application-autoscaling", "put-scaling-policy", "--service-namespace", "ecs",
                    "--scalable-dimension", "ecs:service:DesiredCount", "--resource-id", "service/shop/web", "--policy-name", "cpu60",
                    "--policy-type", "TargetTrackingScaling", "--target-tracking-scaling-policy-configuration",
                    "{\"TargetValue\":60,\"PredefinedMetricSpecification\":{\"PredefinedMetricType\":\"ECSServiceAverageCPUUtilization\"},"
                            + "\"ScaleOutCooldown\":60,\"ScaleInCooldown\":60}"));
            assertThat(policy.get("Alarms")).hasSize(2);
            JsonNode alarms = ok(cli.run(server.endpoint(), region, "cloudwatch", "describe-alarms", "--alarm-name-prefix", "TargetTracking-service/shop/web"));
            assertThat(alarms.get("MetricAlarms")).hasSize(2);
            assertThat(alarms.at("/MetricAlarms/0/AlarmActions/0").asText()).startsWith(policy.get("PolicyARN").asText() + ":createdBy/");

            server.simulator().serviceLoad(new ClusterName("shop"), "web", 150, 20);
            server.simulator().advance(Duration.ofMinutes(12));

            JsonNode service = ok(cli.run(server.endpoint(), region, "ecs", "describe-services", "--cluster", "shop", "--services", "web"));
            assertThat(service.at("/services/0/desiredCount").asInt()).as("ceil(1 × 100 / 60) at Fargate's 100%% ceiling, then ceil(2 × 75 / 60)")
                    .isEqualTo(3);
            JsonNode activities = ok(cli.run(server.endpoint(), region, "application-autoscaling", "describe-scaling-activities",
                    "--service-namespace", "ecs", "--resource-id", "service/shop/web"));
            assertThat(activities.at("/ScalingActivities/0/Description").asText()).isEqualTo("Setting desired count to 3.");
            assertThat(activities.at("/ScalingActivities/0/StatusCode").asText()).isEqualTo("Successful");
            assertThat(activities.at("/ScalingActivities/0/Cause").asText()).contains("-AlarmHigh-").endsWith("triggered policy cpu60");
            assertThat(activities.at("/ScalingActivities/0").has("NotScaledReasons")).as("left out when empty, as AWS answers").isFalse();
            JsonNode tags = ok(cli.run(server.endpoint(), region, "application-autoscaling", "list-tags-for-resource", "--resource-arn", arn));
            assertThat(tags.at("/Tags/team").asText()).isEqualTo("shop");

            // paging as the model pages: DescribeScalingPolicies takes 1..10
            AwsCli.Result tooMany = cli.run(server.endpoint(), region, "application-autoscaling", "describe-scaling-policies",
                    "--service-namespace", "ecs", "--max-results", "11", "--no-paginate");
            assertThat(tooMany.stderr()).contains("(ValidationException)").contains("Member must have value less than or equal to 10");
        }
    }

    @Test
    void boto3_readsApplicationAutoScalingsErrors_asItsModelledExceptions() throws Exception {
        Boto3 boto3 = Boto3.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            service(server.kit(), "shop", "web", 2);
            AwsCli.Result result = boto3.run(server.endpoint(), server.region(), """
                    aas = client('application-autoscaling')
                    def error(call, **kw):
                        try:
                            call(**kw)
                            return None
                        except aas.exceptions.ValidationException as e:
                            return ['ValidationException', e.response['Error']['Message']]
                        except aas.exceptions.ObjectNotFoundException as e:
                            return ['ObjectNotFoundException', e.response['Error']['Message']]
                    target = dict(ServiceNamespace='ecs', ScalableDimension='ecs:service:DesiredCount')
                    missing = error(aas.register_scalable_target, ResourceId='service/shop/nope', MinCapacity=1, MaxCapacity=2, **target)
                    unregistered = error(aas.put_scheduled_action, ResourceId='service/shop/web', ScheduledActionName='night',
                                         Schedule='cron(0 22 * * ? *)', ScalableTargetAction={'MaxCapacity': 1}, **target)
                    aas.register_scalable_target(ResourceId='service/shop/web', MinCapacity=1, MaxCapacity=5, **target)
                    badSchedule = error(aas.put_scheduled_action, ResourceId='service/shop/web', ScheduledActionName='night',
                                        Schedule='cron(0 22 * * *)', ScalableTargetAction={'MaxCapacity': 1}, **target)
                    aas.put_scheduled_action(ResourceId='service/shop/web', ScheduledActionName='night', Schedule='cron(0 22 * * ? *)',
                                             Timezone='Europe/Berlin', ScalableTargetAction={'MinCapacity': 1, 'MaxCapacity': 1}, **target)
                    actions = aas.describe_scheduled_actions(ServiceNamespace='ecs')['ScheduledActions']
                    targets = aas.describe_scalable_targets(ServiceNamespace='ecs', ResourceIds=['service/shop/web'])['ScalableTargets']
                    print(json.dumps({'missing': missing, 'unregistered': unregistered, 'badSchedule': badSchedule,
                                      'action': actions[0]['ScheduledActionARN'], 'created': type(actions[0]['CreationTime']).__name__,
                                      'min': targets[0]['MinCapacity'], 'max': targets[0]['MaxCapacity']}))
                    """);

            assertThat(result.exitCode()).as(result.stderr()).isZero();
            JsonNode answer = JSON.readTree(result.stdout());
            assertThat(answer.at("/missing/0").asText()).isEqualTo("ValidationException");
            assertThat(answer.at("/missing/1").asText()).isEqualTo("ECS service doesn't exist: service/shop/nope");
            assertThat(answer.at("/unregistered/0").asText()).isEqualTo("ObjectNotFoundException");
            assertThat(answer.at("/badSchedule/0").asText()).isEqualTo("ValidationException");
            assertThat(answer.get("action").asText()).matches("arn:aws:autoscaling:.*:scheduledAction:[0-9a-f-]{36}:resource/ecs/service/shop/web:scheduledActionName/night");
            assertThat(answer.get("created").asText()).as("an epoch-seconds timestamp, read as a date").isEqualTo("datetime");
            assertThat(answer.get("min").asInt()).isEqualTo(1);
            assertThat(answer.get("max").asInt()).isEqualTo(5);
        }
    }

    @Test
    void documentedEcsExamples_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<AwsCliExamplesIT.Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(cli.examples("application-autoscaling"))) {
            for (Path file : files.sorted().toList()) {
                for (AwsCliExamplesIT.Example e : AwsCliExamplesIT.parse(file, "application-autoscaling")) {
                    // the ECS examples: the other namespaces are refused by name
                    if (AwsCliExamplesIT.values(e.args(), "--service-namespace").contains("ecs") || AwsCliExamplesIT.values(e.args(), "--resource-arn")
                            .stream().anyMatch(a -> a.contains("scalable-target"))) {
                        examples.add(e);
                    }
                }
            }
        }
        int matching = AwsCliExamplesIT.matching("AWS CLI Application Auto Scaling examples (ECS)", examples, "us-west-2", (server, args) -> {
            InMemoryEcsKit kit = server.kit("us-west-2");
            List<String> ids = AwsCliExamplesIT.values(args, "--resource-id");
            String id = ids.isEmpty() ? "service/default/web-app" : ids.get(0);
            String[] parts = id.split("/");
            if (parts.length == 3) {
                service(kit, parts[1], parts[2], 1);
            }
            if (!args.contains("register-scalable-target")) {
                ok(kit.api().autoScaling().registerScalableTarget(io.ecskit.domain.scaling.RegisterScalableTargetRequest.builder()
                        .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).resourceId(id)
                        .scalableDimension(io.ecskit.domain.scaling.ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                        .minCapacity(io.vavr.control.Option.of(2)).maxCapacity(io.vavr.control.Option.of(10)).build()));
            }
            for (String name : AwsCliExamplesIT.values(args, "--policy-name")) {
                if (!args.contains("put-scaling-policy")) {
                    ok(kit.api().autoScaling().putScalingPolicy(io.ecskit.domain.scaling.PutScalingPolicyRequest.builder().policyName(name)
                            .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).resourceId(id)
                            .scalableDimension(io.ecskit.domain.scaling.ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                            .policyType(io.ecskit.domain.scaling.PolicyType.TARGET_TRACKING_SCALING)
                            .targetTrackingScalingPolicyConfiguration(io.ecskit.domain.scaling.TargetTrackingScalingPolicyConfiguration.builder()
                                    .targetValue(75.0).predefinedMetricSpecification(io.ecskit.domain.scaling.PredefinedMetricSpecification.builder()
                                            .predefinedMetricType(io.ecskit.domain.scaling.MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION).build())
                                    .build()).build()));
                }
            }
            for (String name : AwsCliExamplesIT.values(args, "--scheduled-action-name")) {
                if (!args.contains("put-scheduled-action")) {
                    ok(kit.api().autoScaling().putScheduledAction(io.ecskit.domain.scaling.PutScheduledActionRequest.builder()
                            .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).scheduledActionName(name).resourceId(id)
                            .scalableDimension(io.ecskit.domain.scaling.ScalableDimension.ECS_SERVICE_DESIREDCOUNT).schedule("cron(15 12 * * ? *)")
                            .scalableTargetAction(new io.ecskit.domain.scaling.ScalableTargetAction(io.vavr.control.Option.of(1),
                                    io.vavr.control.Option.of(5))).build()));
                }
            }
            return args;
        });
        assertThat(examples).as("ECS examples read from the awscli package").hasSizeGreaterThan(4);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(FLOOR);
    }

    private static <T> T ok(io.vavr.control.Either<?, T> either) {
        assertThat(either.isRight()).as("%s", either).isTrue();
        return either.get();
    }
}
