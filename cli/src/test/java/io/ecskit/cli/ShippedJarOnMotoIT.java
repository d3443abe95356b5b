package io.ecskit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.aws.testing.LocalRegistry;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import io.ecskit.domain.ecr.RegistryAuthorization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar with {@code --backend aws}, in its own process, over HTTP against moto server and
 * Debian's docker-registry on loopback: state persists between commands, so this is the seed's
 * workflow command by command, as a user types it. Pushes come from a {@code docker save}-format
 * tarball built here (the machines have no internet). moto runs one task per service here
 * (MOTO_ECS_SERVICE_RUNNING), and its UpdateService starts no new deployment.
 */
class ShippedJarOnMotoIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    MotoServer moto;
    MotoNetwork network;
    LocalRegistry registry;
    Path tarball;

    @BeforeEach
    void moto() throws Exception {
        moto = MotoServer.get();
        moto.reset();
        network = MotoNetwork.create(moto.endpoint());
        RegistryAuthorization token;
        try (AwsEcsKit probe = AwsEcsKit.builder().region(MotoServer.REGION).endpointOverride(moto.endpoint())
                .credentials(MotoNetwork.CREDENTIALS).accountId(MotoServer.ACCOUNT).build()) {
            token = probe.api().imageRepositories().authorization().get();
        }
        registry = LocalRegistry.get(token.username(), token.password());
        tarball = dir.resolve("httpd.tar");
        Jib.fromScratch().addLayer(List.of(Files.writeString(dir.resolve("index.html"), "hello")),
                AbsoluteUnixPath.get("/usr/local/apache2/htdocs")).containerize(Containerizer.to(TarImage.at(tarball).named("httpd:local")));
    }

    /** The command line with the global options that point the aws backend at moto and the local registry. */
    private String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--backend", "aws", "--region", MotoServer.REGION, "--endpoint-url", moto.endpoint().toString(),
                "--registry-endpoint", registry.hostPort()));
        return all.toArray(String[]::new);
    }

    private JarRun aws(String... args) {
        return JarRun.of(args(args));
    }

    @Test
    void helloWorld_onMoto_pushesToTheLocalRegistry_andRunsEveryStep() {
        JarRun run = aws("hello-world", "--image-source", "docker-archive:" + tarball,
                "--subnets", String.join(",", network.subnets()), "--security-groups", String.join(",", network.securityGroups()));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains(registry.hostPort() + "/hello-world@sha256:",
                "registered arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1 (ACTIVE)", "cluster/test-cluster",
                // moto's UpdateService starts no new deployment: the outcome names the revision moto still runs
                "outcome: SUCCEEDED", "deregistered task definition hello-world:2",
                "deleted cluster test-cluster", "deleted repository hello-world",
                "hello-world: done on the aws backend (us-east-1)")
                .doesNotContain("simulated");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void deployWithAutoScaling_onTheAwsBackend_isRefusedByName_beforeAnythingChanges() throws Exception {
        Path scaling = Files.writeString(dir.resolve("scaling.json"), DeployCommandTest.SCALING);
        JarRun refused = aws("deploy", "--task-definition", ShippedJarIT.CORRECTED, "--cluster", "scaled", "--service", "web",
                "--subnets", String.join(",", network.subnets()), "--security-groups", String.join(",", network.securityGroups()),
                "--auto-scaling", scaling.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("Application Auto Scaling").doesNotContain("Exception:");
        JarRun clusters = aws("list-services", "--cluster", "scaled");
        assertThat(clusters.exitCode()).as("no cluster was created: " + clusters).isNotZero();
        assertThat(clusters.err()).contains("ClusterNotFound");
    }

    @Test
    void theSeedsWorkflow_commandByCommand_onMoto() throws Exception {
        String subnets = String.join(",", network.subnets());
        String groups = String.join(",", network.securityGroups());

        JarRun pushed = aws("push-image", "--source", "docker-archive:" + tarball, "--repository", "web", "--tag", "1", "--output", "json");
        assertThat(pushed.exitCode()).as(pushed.toString()).isZero();
        JsonNode image = JSON.readTree(pushed.out());
        assertThat(image.get("imageUriByDigest").asText()).startsWith(registry.hostPort() + "/web@sha256:");
        assertThat(pushed.err()).contains("%");

        String td = Files.readString(Path.of(ShippedJarIT.CORRECTED))
                .replace("public.ecr.aws/docker/library/httpd:2.4", image.get("imageUriByDigest").asText());
        JarRun registered = JarRun.withStdin(td, args("register-task-definition", "--cli-input-json", "-"));
        assertThat(registered.exitCode()).as(registered.toString()).isZero();
        assertThat(registered.out()).endsWith("task-definition/hello-world:1 (ACTIVE)\n");

        assertThat(aws("create-cluster", "--cluster-name", "apps").exitCode()).isZero();
        assertThat(aws("create-log-group", "--log-group-name", "test-log").exitCode()).isZero();
        assertThat(aws("list-task-definitions", "--family-prefix", "hello-world").out())
                .isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1\n");

        Path file = Files.writeString(dir.resolve("td.json"), td);
        JarRun deployed = aws("deploy", "--task-definition", file.toString(), "--cluster", "apps", "--service", "web",
                "--subnets", subnets, "--security-groups", groups, "--timeout", "90s");
        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        // the cluster and test-log were created above: deploy creates neither, and reuses the registered revision
        assertThat(deployed.out()).contains("reused hello-world:1", "outcome: SUCCEEDED")
                .doesNotContain("simulated", "created cluster", "created log group");

        JarRun listed = aws("list-services", "--cluster", "apps", "--output", "json");
        assertThat(JSON.readTree(listed.out()).at("/serviceArns/0").asText()).endsWith("service/apps/web");
        JarRun described = aws("describe-services", "--cluster", "apps", "--services", "web", "nope", "--output", "json");
        JsonNode services = JSON.readTree(described.out());
        assertThat(services.at("/services/0/networkConfiguration/awsvpcConfiguration/subnets/0").asText()).isEqualTo(network.subnets().get(0));
        assertThat(services.at("/services/0/deployments/0/status").asText()).isEqualTo("PRIMARY");
        assertThat(services.at("/failures/0/reason").asText()).isEqualTo("MISSING");

        // against ECS this is "no changes"; moto does not keep deploymentCircuitBreaker (a declared moto gap,
        // SERVICE_EVERY_MEMBER), so the breaker deploy turned on reads back off, and nothing else differs
        assertThat(aws("diff", file.toString(), "--cluster", "apps", "--service", "web", "--subnets", subnets,
                "--security-groups", groups).out()).isEqualTo(
                "service.deploymentConfiguration.deploymentCircuitBreaker.enable: false -> true\n"
                        + "service.deploymentConfiguration.deploymentCircuitBreaker.rollback: false -> true\n");
        JarRun updated = aws("update-service", "--cluster", "apps", "--service", "web", "--env", "GREETING=hi", "--timeout", "90s");
        assertThat(updated.exitCode()).as(updated.toString()).isZero();
        assertThat(updated.out()).contains("outcome: SUCCEEDED (deployment ");
        assertThat(aws("list-task-definitions", "--family-prefix", "hello-world").out()).endsWith("task-definition/hello-world:2\n");

        JarRun logs = aws("logs", "--cluster", "apps", "--service", "web", "--output", "json");
        assertThat(logs.exitCode()).as(logs.toString()).isZero();
        assertThat(JSON.readTree(logs.out()).get("events").isArray()).isTrue();

        JarRun cleaned = aws("cleanup", "--cluster", "apps", "--deregister-family", "hello-world", "--delete-log-group", "test-log",
                "--delete-repository", "web", "--output", "json");
        assertThat(cleaned.exitCode()).as(cleaned.toString()).isZero();
        assertThat(JSON.readTree(cleaned.out()).get("steps").findValuesAsText("resource"))
                .contains("SERVICE", "CLUSTER", "TASK_DEFINITION", "LOG_GROUP", "REPOSITORY");
        assertThat(aws("cleanup", "--cluster", "apps").out()).isEqualTo("cluster apps already gone\n");
    }
}
