package io.ecskit.cli;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.aws.testing.LocalRegistry;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import io.ecskit.domain.ecr.RegistryAuthorization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The walkthrough with --backend aws, over HTTP against moto server (which runs one task per service here). */
class HelloWorldOnMotoIT {

    @TempDir
    Path dir;

    @Test
    void helloWorld_awsBackendOnMoto_pushesToTheLocalRegistry_andRunsEveryStep() throws Exception {
        MotoServer moto = MotoServer.get();
        moto.reset();
        MotoNetwork network = MotoNetwork.create(moto.endpoint());
        RegistryAuthorization token;
        try (AwsEcsKit probe = AwsEcsKit.builder().region(MotoServer.REGION).endpointOverride(moto.endpoint())
                .credentials(MotoNetwork.CREDENTIALS).accountId(MotoServer.ACCOUNT).build()) {
            token = probe.imageRepositories().authorization().get();
        }
        LocalRegistry registry = LocalRegistry.get(token.username(), token.password());
        Path tarball = dir.resolve("httpd.tar");
        Jib.fromScratch().addLayer(java.util.List.of(Files.writeString(dir.resolve("index.html"), "hello")),
                AbsoluteUnixPath.get("/usr/local/apache2/htdocs")).containerize(Containerizer.to(TarImage.at(tarball).named("httpd:local")));

        CliRun run = CliRun.of("hello-world", "--backend", "aws", "--region", MotoServer.REGION,
                "--endpoint-url", moto.endpoint().toString(), "--registry-endpoint", registry.hostPort(),
                "--image-source", "docker-archive:" + tarball,
                "--subnets", String.join(",", network.subnets()), "--security-groups", String.join(",", network.securityGroups()));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains(registry.hostPort() + "/hello-world@sha256:",
                "task-definition/hello-world:1 (ACTIVE)", "cluster/test-cluster", "deleted repository hello-world",
                // moto's UpdateService starts no new deployment, so the followed one still names revision 1
                "outcome: SUCCEEDED", "new revision", "deregistered task definition hello-world:2", "deleted cluster test-cluster",
                "hello-world: done on the aws backend (us-east-1)");
    }

    @Test
    void listTaskDefinitions_andDescribeServices_readWhatMotoHolds() {
        MotoServer moto = MotoServer.get();
        moto.reset();
        String endpoint = moto.endpoint().toString();

        CliRun registered = CliRun.of("register-task-definition", "--file", "src/main/resources/hello-world-task-def.json",
                "--backend", "aws", "--region", MotoServer.REGION, "--endpoint-url", endpoint);
        CliRun listed = CliRun.of("list-task-definitions", "--family-prefix", "hello", "--backend", "aws",
                "--region", MotoServer.REGION, "--endpoint-url", endpoint);
        CliRun missing = CliRun.of("describe-services", "--cluster", "default", "--services", "nope", "--backend", "aws",
                "--region", MotoServer.REGION, "--endpoint-url", endpoint);

        assertThat(registered.exitCode()).as(registered.err()).isEqualTo(EcskitCli.OK);
        assertThat(registered.out()).contains("task-definition/hello-world:1 (ACTIVE)");
        assertThat(listed.out()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1\n");
        assertThat(missing.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(missing.err()).startsWith("ecskit: ClusterNotFoundException");
    }
}
