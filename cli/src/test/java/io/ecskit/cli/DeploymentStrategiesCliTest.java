package io.ecskit.cli;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: the CLI shows a BLUE_GREEN deployment's stages and a CANARY's traffic steps, and the service deployment's outcome. */
class DeploymentStrategiesCliTest {

    static final String CORRECTED = "src/main/resources/hello-world-task-def.json";
    static final String GOOD_IMAGE = "public.ecr.aws/docker/library/httpd:2.4";

    @TempDir
    Path dir;

    private String service(String strategyJson) throws IOException {
        return Files.writeString(dir.resolve("service-" + strategyJson.hashCode() + ".json"), """
                {"serviceName": "web", "cluster": "apps", "desiredCount": 2, "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
                 "deploymentConfiguration": %s}
                """.formatted(strategyJson)).toString();
    }

    private String image(String image) throws IOException {
        return Files.writeString(dir.resolve("td-" + image.hashCode() + ".json"), Files.readString(Path.of(CORRECTED))
                .replace(GOOD_IMAGE, image)).toString();
    }

    @Test
    void blueGreen_progressShowsEachStage_andTheOutcomeNamesTheServiceDeployment() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        String bg = service("{\"strategy\": \"BLUE_GREEN\", \"bakeTimeInMinutes\": 5}");
        assertThat(CliRun.on(kit, "deploy", "--task-definition", CORRECTED, "--service-definition", bg).exitCode()).isZero();

        CliRun run = CliRun.on(kit, "deploy", "--task-definition", image(GOOD_IMAGE + "-green"), "--service-definition", bg);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("stage SCALE_UP", "stage BAKE_TIME, production traffic 100%", "outcome: SUCCEEDED")
                .containsPattern("service deployment arn:aws:ecs:us-east-1:123456789012:service-deployment/apps/web/\\w+: SUCCESSFUL");
        CliRun listed = CliRun.on(kit, "deployments", "--cluster", "apps", "--service", "web");
        assertThat(listed.out().lines()).hasSize(2).allMatch(l -> l.contains("SUCCESSFUL"));
    }

    @Test
    void canary_progressShowsTheCanaryShare_thenAllTraffic() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        String canary = service("{\"strategy\": \"CANARY\", \"canaryConfiguration\": {\"canaryPercent\": 10.0, \"canaryBakeTimeInMinutes\": 3}}");
        assertThat(CliRun.on(kit, "deploy", "--task-definition", CORRECTED, "--service-definition", canary).exitCode()).isZero();

        CliRun run = CliRun.on(kit, "deploy", "--task-definition", image(GOOD_IMAGE + "-canary"), "--service-definition", canary,
                "--output", "json");

        assertThat(run.err()).contains("stage PRODUCTION_TRAFFIC_SHIFT, production traffic 10%", "production traffic 100%");
        assertThat(run.out()).contains("\"serviceDeploymentArn\"", "\"status\": \"SUCCESSFUL\"");
    }

    /** --simulate: an alarm scripted to fire 2 minutes in rolls the BLUE_GREEN deployment back during its bake time. */
    @Test
    void simulate_anAlarmDuringBakeTime_rollsTheDeploymentBack_andSaysWhy() throws IOException {
        String bg = service("{\"strategy\": \"BLUE_GREEN\", \"bakeTimeInMinutes\": 10, "
                + "\"alarms\": {\"alarmNames\": [\"web-5xx\"], \"enable\": true, \"rollback\": true}}");

        CliRun run = CliRun.on(GlobalOptions::open, "deploy", "--task-definition", CORRECTED, "--service-definition", bg,
                "--simulate", "alarm=web-5xx@2m");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(EcskitCli.DEPLOYMENT_FAILED);
        assertThat(run.out()).contains("alarms in ALARM: web-5xx");
    }

    @Test
    void simulate_aFaultThatDoesNotParse_isNamed_andOnlyInMemory() {
        CliRun bad = CliRun.on(GlobalOptions::open, "deploy", "--task-definition", CORRECTED, "--service", "web",
                "--simulate", "meteor=now");
        assertThat(bad.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(bad.err()).contains("--simulate meteor=now: one of pull-fails=IMAGE");

        CliRun aws = CliRun.on(GlobalOptions::open, "list-services", "--backend", "aws", "--region", "us-east-1",
                "--simulate", "pull-fails=x");
        assertThat(aws.err()).contains("--simulate: scripted faults exist only on the in-memory backend");
    }
}
