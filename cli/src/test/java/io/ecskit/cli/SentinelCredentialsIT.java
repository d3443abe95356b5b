package io.ecskit.cli;

import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, secrets kept secret: the shipped jar runs the seed's commands against moto with sentinel
 * credentials in its environment and a task definition whose plain environment holds a secret-looking
 * variable, every command with {@code --debug}, one of them failing against a closed port (stack trace
 * printed); nothing it prints, on either stream, holds the secret key, the session token or the
 * variable's value. {@code --debug} does print the use-case and AWS-call lines.
 */
class SentinelCredentialsIT {

    static final String SECRET_KEY = "ecskitSentinelSecretKey/DoNotPrint+0123456789abcd";
    static final String SESSION_TOKEN = "ecskitSentinelSessionToken//DoNotPrint0123456789";
    static final String PASSWORD = "sentinel-db-password-0042";
    static final Map<String, String> SENTINEL = Map.of("AWS_ACCESS_KEY_ID", "AKIAECSKITSENTINEL01",
            "AWS_SECRET_ACCESS_KEY", SECRET_KEY, "AWS_SESSION_TOKEN", SESSION_TOKEN);

    @TempDir
    Path dir;

    MotoServer moto;
    MotoNetwork network;
    final List<JarRun> runs = new ArrayList<>();

    @BeforeEach
    void moto() {
        moto = MotoServer.get();
        moto.reset();
        network = MotoNetwork.create(moto.endpoint());
    }

    private JarRun run(String endpoint, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--backend", "aws", "--region", MotoServer.REGION, "--endpoint-url", endpoint, "--debug"));
        JarRun run = JarRun.run(SENTINEL, null, all.toArray(String[]::new));
        runs.add(run);
        return run;
    }

    @Test
    void nothingPrinted_holdsTheCredentialsOrTheSecretValue() throws Exception {
        String td = Files.readString(Path.of(ShippedJarIT.CORRECTED)).replace("\"environment\": []",
                "\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"" + PASSWORD + "\"}]");
        assertThat(td).contains(PASSWORD);
        Path file = Files.writeString(dir.resolve("td.json"), td);
        Path changed = Files.writeString(dir.resolve("td2.json"), td.replace(PASSWORD, PASSWORD + "-rotated"));
        String endpoint = moto.endpoint().toString();
        String[] service = {"--cluster", "apps", "--service", "web", "--subnets", String.join(",", network.subnets()),
                "--security-groups", String.join(",", network.securityGroups())};

        JarRun validated = run(endpoint, "validate", file.toString());
        assertThat(validated.exitCode()).as(validated.toString()).isZero();
        assertThat(validated.out() + validated.err()).contains("DB_PASSWORD", "secrets");
        JarRun deployed = run(endpoint, concat(new String[]{"deploy", "--task-definition", file.toString(), "--timeout", "90s"}, service));
        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        JarRun diffed = run(endpoint, concat(new String[]{"diff", changed.toString()}, service));
        assertThat(diffed.out()).contains("containerDefinitions[0].environment[0].value: **** -> ****");
        run(endpoint, "logs", "--cluster", "apps", "--service", "web", "--since", "10m");
        run(endpoint, "describe-services", "--cluster", "apps", "--services", "web", "--output", "json");
        JarRun cleaned = run(endpoint, "cleanup", "--cluster", "apps", "--deregister-family", "hello-world");
        assertThat(cleaned.exitCode()).as(cleaned.toString()).isZero();
        JarRun failed = run("http://127.0.0.1:9", "list-services", "--cluster", "apps");
        assertThat(failed.exitCode()).as(failed.toString()).isNotZero();

        assertThat(deployed.err()).as("--debug shows the use case and the AWS calls")
                .contains("usecase - deploy apps/web: SUCCEEDED").contains("aws - Ecs RegisterTaskDefinition: ok");
        for (JarRun run : runs) {
            assertThat(run.out() + run.err()).as(run.toString())
                    .doesNotContain(SECRET_KEY).doesNotContain(SESSION_TOKEN).doesNotContain(PASSWORD);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
