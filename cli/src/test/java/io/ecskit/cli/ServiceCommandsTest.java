package io.ecskit.cli;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands that change a running service, on one in-memory ECS shared across runs, as on AWS. */
class ServiceCommandsTest {

    private static final String CORRECTED = "src/main/resources/hello-world-task-def.json";
    private static final String NEXT_IMAGE = "public.ecr.aws/docker/library/httpd:2.4.62";

    private final InMemoryEcsKit kit = InMemoryEcsKit.create();

    @BeforeEach
    void deployed() {
        CliRun run = CliRun.on(kit, "deploy", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web",
                "--subnets", "subnet-0123456789abcdef0,subnet-0fedcba9876543210", "--security-groups", "sg-0123456789abcdef0");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
    }

    @Test
    void updateService_newImage_thenRollback_returnsToTheFirstRevision() {
        CliRun updated = CliRun.on(kit, "update-service", "--cluster", "c1", "--service", "web", "--image", NEXT_IMAGE);
        CliRun rolledBack = CliRun.on(kit, "rollback", "--cluster", "c1", "--service", "web", "--timeout", "10m");

        assertThat(updated.exitCode()).as(updated.err()).isEqualTo(EcskitCli.OK);
        assertThat(updated.out()).contains("outcome: SUCCEEDED", "registered hello-world:2");
        assertThat(rolledBack.exitCode()).as(rolledBack.err()).isEqualTo(EcskitCli.OK);
        assertThat(rolledBack.out()).contains("outcome: SUCCEEDED", "reused hello-world:1");
    }

    @Test
    void updateService_nothingToChange_exits2() {
        CliRun run = CliRun.on(kit, "update-service", "--cluster", "c1", "--service", "web");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("image: Give a new image or environment variables to change.\n");
    }

    @Test
    void scale_toThree_followsUntilThreeRun() {
        CliRun run = CliRun.on(kit, "scale", "--cluster", "c1", "--service", "web", "--desired-count", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("desired 3, pending 0, running 3", "outcome: SUCCEEDED");
    }

    @Test
    void scale_negative_exits2WithEcsMessage() {
        CliRun run = CliRun.on(kit, "scale", "--cluster", "c1", "--service", "web", "--desired-count", "-1");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("desiredCount: desiredCount can not be negative.");
    }

    @Test
    void diff_againstTheService_showsWhatDeployWithTheseOptionsWouldChange() {
        CliRun run = CliRun.on(kit, "diff", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web",
                "--desired-count", "2", "--subnets", "subnet-0fedcba9876543210", "--security-groups", "sg-0123456789abcdef0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).isEqualTo("service.desiredCount: 1 -> 2\n"
                + "service.networkConfiguration.awsvpcConfiguration.subnets: "
                + "[subnet-0123456789abcdef0, subnet-0fedcba9876543210] -> [subnet-0fedcba9876543210]\n");
    }

    @Test
    void diff_sameAsDeployed_noChanges() {
        CliRun run = CliRun.on(kit, "diff", "--task-definition", CORRECTED, "--cluster", "c1", "--service", "web");

        assertThat(run.out()).isEqualTo("no changes\n");
    }

    @Test
    void listAndDescribe_showTheServiceAndItsDeployment() {
        CliRun list = CliRun.on(kit, "list-services", "--cluster", "c1");
        CliRun describe = CliRun.on(kit, "describe-services", "--cluster", "c1", "--services", "web", "gone");

        assertThat(list.out()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:service/c1/web\n");
        assertThat(describe.out()).contains("web: ACTIVE, FARGATE, desired 1, running 1, pending 0", "PRIMARY COMPLETED",
                "arn:aws:ecs:us-east-1:123456789012:service/c1/gone: MISSING");
    }

    @Test
    void cleanup_thenAgain_bothSucceed() {
        CliRun first = CliRun.on(kit, "cleanup", "--cluster", "c1");
        CliRun second = CliRun.on(kit, "cleanup", "--cluster", "c1");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(EcskitCli.OK);
        assertThat(first.out()).contains("deleted service web", "deleted cluster c1");
        assertThat(second.out()).isEqualTo("cluster c1 already gone\n");
    }
}
