package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The single commands on the in-memory backend, where each run starts from an empty ECS. */
class SeedCommandsTest {

    private static final String CORRECTED = "src/main/resources/hello-world-task-def.json";
    private static final String SEED = "src/main/resources/seed/hello-world-task-def.json";

    @Test
    void registerTaskDefinition_corrected_printsTheFirstRevision() {
        CliRun run = CliRun.of("register-task-definition", "--file", CORRECTED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1 (ACTIVE)\n");
    }

    @Test
    void registerTaskDefinition_seed_exits2WithEveryViolation_andRegistersNothing() {
        CliRun run = CliRun.of("register-task-definition", "--file", SEED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err().lines()).hasSize(4);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void createCluster_jsonOutput_isTheClusterAsJson() {
        CliRun run = CliRun.of("create-cluster", "--cluster-name", "test-cluster", "--output", "json");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("\"clusterArn\" : \"arn:aws:ecs:us-east-1:123456789012:cluster/test-cluster\"",
                "\"status\" : \"ACTIVE\"");
    }

    @Test
    void createCluster_badName_exits2WithEcsMessage() {
        CliRun run = CliRun.of("create-cluster", "--cluster-name", "test cluster");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("cluster: Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was test cluster\n");
    }

    @Test
    void createLogGroup_retentionCloudWatchDoesNotOffer_exits2() {
        CliRun run = CliRun.of("create-log-group", "--log-group-name", "test-log", "--retention-in-days", "2");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("Member must satisfy enum value set: [1, 3, 5, 7, 14");
    }

    @Test
    void listServices_unknownCluster_exits1WithOneLine() {
        CliRun run = CliRun.of("list-services", "--cluster", "test-cluster");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).isEqualTo("ecskit: ClusterNotFoundException: Cluster not found.\n");
    }

    @Test
    void diff_againstAnEmptyFamily_listsEveryField() {
        CliRun run = CliRun.of("diff", "--task-definition", CORRECTED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("containerDefinitions[0].image: (none) -> public.ecr.aws/docker/library/httpd:2.4",
                "cpu: (none) -> 256", "networkMode: bridge -> awsvpc");
    }

    @Test
    void cleanup_ofWhatDoesNotExist_succeeds() {
        CliRun run = CliRun.of("cleanup", "--cluster", "test-cluster");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).isEqualTo("cluster test-cluster already gone\n");
    }

    @Test
    void pushImage_inMemory_printsTheEcrUris() {
        CliRun run = CliRun.of("push-image", "--source", "public.ecr.aws/docker/library/httpd:2.4", "--repository", "web",
                "--tag", "v1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:");
    }

    @Test
    void pushImage_badRepositoryName_exits2() {
        CliRun run = CliRun.of("push-image", "--source", "httpd:2.4", "--repository", "Web");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
    }

    @Test
    void logs_unknownCluster_exits1() {
        CliRun run = CliRun.of("logs", "--cluster", "test-cluster", "--service", "test-service", "--since", "5m");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).startsWith("ecskit: ClusterNotFoundException");
    }

    @Test
    void scale_unknownService_exits1() {
        CliRun run = CliRun.of("scale", "--cluster", "test-cluster", "--service", "test-service", "--desired-count", "2");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).startsWith("ecskit: ClusterNotFoundException");
    }
}
