package io.ecskit.cli;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeployCommandTest {

    private static final String CORRECTED = "src/main/resources/hello-world-task-def.json";
    private static final String GOOD_IMAGE = "public.ecr.aws/docker/library/httpd:2.4";
    private static final String BAD_IMAGE = "public.ecr.aws/docker/library/httpd:2.4-typo";
    private static final String[] NETWORK = {"--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0"};

    @TempDir
    Path dir;

    private String[] deploy(String file, String... more) {
        String[] head = {"deploy", "--task-definition", file, "--cluster", "c1", "--service", "web"};
        String[] args = java.util.Arrays.copyOf(head, head.length + NETWORK.length + more.length);
        System.arraycopy(NETWORK, 0, args, head.length, NETWORK.length);
        System.arraycopy(more, 0, args, head.length + NETWORK.length, more.length);
        return args;
    }

    private String withImage(String image) throws IOException {
        Path file = dir.resolve("td-" + image.hashCode() + ".json");
        return Files.writeString(file, Files.readString(Path.of(CORRECTED)).replace(GOOD_IMAGE, image)).toString();
    }

    @Test
    void deploy_withAServiceDefinition_sendsItsSettings_andOptionsOverrideTheFile() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Path service = Files.writeString(dir.resolve("service.json"), """
                {"cluster": "c1", "serviceName": "web", "desiredCount": 2,
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
                 "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 50,
                   "deploymentCircuitBreaker": {"enable": true, "rollback": true},
                   "alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}},
                 "healthCheckGracePeriodSeconds": 30, "enableExecuteCommand": true,
                 "propagateTags": "SERVICE", "tags": [{"key": "team", "value": "web"}]}
                """);

        CliRun run = CliRun.on(kit, "deploy", "--task-definition", CORRECTED, "--service-definition", service.toString(),
                "--desired-count", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        var described = kit.api().services().describe(io.ecskit.domain.arn.ClusterName.of("c1"),
                io.vavr.collection.List.of(io.ecskit.domain.arn.ServiceName.of("web"))).get().found().single();
        assertThat(described.desiredCount()).isEqualTo(3);
        assertThat(described.deploymentConfiguration().get().maximumPercent()).contains(150);
        assertThat(described.deploymentConfiguration().get().alarms().get().alarmNames()).containsExactly("web-5xx");
        assertThat(described.healthCheckGracePeriodSeconds()).contains(30);
        assertThat(described.enableExecuteCommand()).contains(true);
        assertThat(described.tags()).containsExactly(io.ecskit.domain.Tag.of("team", "web"));
    }

    @Test
    void deploy_serviceDefinitionWithAnUnknownMember_exits2_withTheAwsCliMessage() throws IOException {
        Path service = Files.writeString(dir.resolve("service.json"), "{\"serviceName\": \"web\", \"desiredCont\": 2}");

        CliRun run = CliRun.on(InMemoryEcsKit.create(), "deploy", "--task-definition", CORRECTED, "--service-definition", service.toString());

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("desiredCont: Unknown parameter in input: \"desiredCont\", must be one of: cluster, serviceName");
    }

    @Test
    void deploy_imageThatCannotBePulled_exits3_withTheOutcomeAndWhyTasksStopped() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.simulator().failImagePull(BAD_IMAGE);

        CliRun run = CliRun.on(kit, deploy(withImage(BAD_IMAGE)));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.DEPLOYMENT_FAILED);
        assertThat(run.out()).contains("outcome: FAILED", ": TaskFailedToStart: CannotPullContainerError", "event: ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void deploy_badImageAfterAGoodOne_isRolledBack_exits3() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.simulator().failImagePull(BAD_IMAGE);
        assertThat(CliRun.on(kit, deploy(CORRECTED)).exitCode()).isEqualTo(EcskitCli.OK);

        CliRun run = CliRun.on(kit, deploy(withImage(BAD_IMAGE)));

        assertThat(run.exitCode()).isEqualTo(EcskitCli.DEPLOYMENT_FAILED);
        assertThat(run.out()).contains("outcome: ROLLED_BACK", "registered hello-world:2",
                "TaskFailedToStart: CannotPullContainerError");
    }

    @Test
    void deploy_sameFileTwice_changesNothingTheSecondTime() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        CliRun.on(kit, deploy(CORRECTED));
        kit.simulator().resetCalls();

        CliRun again = CliRun.on(kit, deploy(CORRECTED));

        assertThat(again.exitCode()).isEqualTo(EcskitCli.OK);
        assertThat(again.out()).contains("outcome: SUCCEEDED", "reused hello-world:1");
        assertThat(kit.simulator().calls("RegisterTaskDefinition") + kit.simulator().calls("UpdateService")).isZero();
    }

    @Test
    void deploy_globalOptionsBeforeTheCommand_humanTimeout_jsonOutput() {
        String[] args = deploy(CORRECTED, "--timeout", "45m", "--no-wait");
        String[] withGlobals = new String[args.length + 4];
        System.arraycopy(new String[] {"--backend", "inmemory", "--output", "json"}, 0, withGlobals, 0, 4);
        System.arraycopy(args, 0, withGlobals, 4, args.length);

        CliRun run = CliRun.on(InMemoryEcsKit.create(), withGlobals);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("\"result\": \"NOT_FOLLOWED\"", "\"registeredNewRevision\": true");
    }

    @Test
    void deploy_validDefinition_followsTheDeploymentToSuccess_exit0() {
        CliRun run = CliRun.on(InMemoryEcsKit.create(), "deploy", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web",
                "--desired-count", "2", "--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("outcome: SUCCEEDED", "registered hello-world:1");
    }

    @Test
    void deploy_withoutNetwork_exits2_listingEveryViolation_withoutStackTrace() {
        CliRun run = CliRun.on(InMemoryEcsKit.create(), "deploy", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web",
                "--desired-count", "-1");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains(
                "desiredCount: desiredCount can not be negative.",
                "networkConfiguration: Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        assertThat(run.err()).doesNotContain("at io.ecskit");
    }

    @Test
    void deploy_badClusterName_exits2() {
        CliRun run = CliRun.on(InMemoryEcsKit.create(), "deploy", "--task-definition", CORRECTED, "--cluster", "bad name", "--service", "web");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("--cluster: ");
    }
    static final String SCALING = """
            {"MinCapacity": 2, "MaxCapacity": 10,
             "ScalingPolicies": [{"PolicyName": "cpu60", "PolicyType": "TargetTrackingScaling",
               "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 60, "ScaleOutCooldown": 60, "ScaleInCooldown": 300,
                 "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}}}],
             "ScheduledActions": [{"ScheduledActionName": "nightly", "Schedule": "cron(0 22 * * ? *)", "Timezone": "Europe/Paris",
               "ScalableTargetAction": {"MinCapacity": 1, "MaxCapacity": 2}}]}
            """;

    @Test
    void deploy_withAutoScaling_putsTheServicesScalableTarget_policies_andScheduledActions() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Path scaling = Files.writeString(dir.resolve("scaling.json"), SCALING);

        CliRun run = CliRun.on(kit, deploy(CORRECTED, "--auto-scaling", scaling.toString(), "--desired-count", "1"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("outcome: SUCCEEDED")
                .contains("auto scaling: service/c1/web between 2 and 10 tasks; policies cpu60; scheduled actions nightly");
        var scalingPort = kit.api().autoScaling();
        var target = scalingPort.scalableTargets(io.ecskit.domain.scaling.DescribeScalableTargetsRequest.builder()
                .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).build()).get().single();
        assertThat(target.resourceId()).isEqualTo("service/c1/web");
        assertThat(target.minCapacity()).isEqualTo(2);
        assertThat(target.maxCapacity()).isEqualTo(10);
        var described = kit.api().services().describe(io.ecskit.domain.arn.ClusterName.of("c1"),
                io.vavr.collection.List.of(io.ecskit.domain.arn.ServiceName.of("web"))).get().found().single();
        assertThat(described.desiredCount()).as("brought inside the range the target sets").isEqualTo(2);
        var policies = scalingPort.scalingPolicies(io.ecskit.domain.scaling.DescribeScalingPoliciesRequest.builder()
                .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).build()).get();
        assertThat(policies.map(p -> p.policyName())).containsExactly("cpu60");
        assertThat(policies.single().alarms()).hasSize(2);
        var actions = scalingPort.scheduledActions(io.ecskit.domain.scaling.DescribeScheduledActionsRequest.builder()
                .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).build()).get();
        assertThat(actions.map(a -> a.scheduledActionName())).containsExactly("nightly");

        // deploying again puts the same: nothing doubles; JSON output says what was put
        CliRun again = CliRun.on(kit, deploy(CORRECTED, "--auto-scaling", scaling.toString(), "--output", "json"));
        assertThat(again.exitCode()).isEqualTo(EcskitCli.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(again.out());
        assertThat(json.at("/autoScaling/resourceId").asText()).isEqualTo("service/c1/web");
        assertThat(json.at("/autoScaling/maxCapacity").asInt()).isEqualTo(10);
        assertThat(json.at("/autoScaling/policyNames/0").asText()).isEqualTo("cpu60");
        assertThat(json.at("/autoScaling/scheduledActionNames/0").asText()).isEqualTo("nightly");
        assertThat(scalingPort.scalingPolicies(io.ecskit.domain.scaling.DescribeScalingPoliciesRequest.builder()
                .serviceNamespace(io.ecskit.domain.scaling.ServiceNamespace.ECS).build()).get()).hasSize(1);
    }

    @Test
    void deploy_withAutoScaling_listsEveryProblemOfTheFile_beforeAnythingIsCreated() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Path scaling = Files.writeString(dir.resolve("scaling.json"), """
                {"MinCapacity": 5, "MaxCapacity": 2, "ResourceId": "service/x/y", "Minimum": 1,
                 "ScalingPolicies": [{"PolicyName": "cpu", "PolicyType": "Sideways"}, {"PolicyName": "cpu", "Cooldown": 3}],
                 "ScheduledActions": {"ScheduledActionName": "nightly"}}
                """);

        CliRun run = CliRun.on(kit, deploy(CORRECTED, "--auto-scaling", scaling.toString()));

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("ResourceId is the service's", "Unknown parameter in input: \"Minimum\"",
                "ScalingPolicies[0]", "Sideways", "ScalingPolicies[1]", "Unknown parameter in ScalingPolicies[1]: \"Cooldown\"",
                "Invalid type for parameter ScheduledActions");
        assertThat(kit.api().clusters().describe(io.ecskit.domain.arn.ClusterName.of("c1")).get()).as("nothing created").isEmpty();

        Path upsideDown = Files.writeString(dir.resolve("upside-down.json"), "{\"MinCapacity\": 5, \"MaxCapacity\": 2}");
        CliRun refused = CliRun.on(kit, deploy(CORRECTED, "--auto-scaling", upsideDown.toString()));
        assertThat(refused.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(refused.err()).contains("MinCapacity (5) must be at most MaxCapacity (2)");
        assertThat(kit.api().clusters().describe(io.ecskit.domain.arn.ClusterName.of("c1")).get()).as("nothing created").isEmpty();
    }
    @Test
    void deploy_withAutoScaling_refusesAnAlbPolicyOnATargetGroupTheServiceDoesNotUse_beforeAnythingIsCreated() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Path scaling = Files.writeString(dir.resolve("alb.json"), """
                {"MinCapacity": 1, "MaxCapacity": 4, "ScalingPolicies": [{"PolicyName": "requests", "PolicyType": "TargetTrackingScaling",
                  "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 500, "PredefinedMetricSpecification": {
                    "PredefinedMetricType": "ALBRequestCountPerTarget", "ResourceLabel": "app/web/0123456789abcdef/targetgroup/other/0123456789abcdef"}}},
                  {"PolicyName": "empty", "PolicyType": "StepScaling"}]}
                """);
        Path service = Files.writeString(dir.resolve("service.json"), """
                {"cluster": "c1", "serviceName": "web", "loadBalancers": [{"targetGroupArn":
                  "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "web", "containerPort": 80}],
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}}
                """);

        CliRun run = CliRun.on(kit, "deploy", "--task-definition", CORRECTED, "--service-definition", service.toString(),
                "--auto-scaling", scaling.toString());

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("names no target group of the service's loadBalancers", "a StepScaling policy needs StepScalingPolicyConfiguration");
        assertThat(kit.api().clusters().describe(io.ecskit.domain.arn.ClusterName.of("c1")).get()).as("nothing created").isEmpty();
    }
}
