package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeployCommandTest {

    private static final String CORRECTED = "src/main/resources/hello-world-task-def.json";

    @Test
    void deploy_validDefinition_followsTheDeploymentToSuccess_exit0() {
        CliRun run = CliRun.of("deploy", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web",
                "--desired-count", "2", "--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("outcome: SUCCEEDED", "task-definition/hello-world:1, new revision");
    }

    @Test
    void deploy_withoutNetwork_exits2_listingEveryViolation_withoutStackTrace() {
        CliRun run = CliRun.of("deploy", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web",
                "--desired-count", "-1");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains(
                "desiredCount: desiredCount can not be negative.",
                "networkConfiguration: Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        assertThat(run.err()).doesNotContain("at io.ecskit");
    }

    @Test
    void deploy_badClusterName_exits2() {
        CliRun run = CliRun.of("deploy", "--task-definition", CORRECTED, "--cluster", "bad name", "--service", "web");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was bad name");
    }
}
