package io.ecskit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/ecskit.jar server --port 0 --clock fast=60} in its own process, driven by
 * clients nobody here wrote: the AWS CLI running the seed notes' commands literally, and ecskit's
 * own {@code --backend aws --endpoint-url}. State lives in the server between commands.
 */
class ServerJarIT {

    static final String REGION = "us-east-1";
    static Process server;
    static URI endpoint;
    static Duration startTime;
    static volatile String controlToken;
    static final StringBuilder serverOutput = new StringBuilder();

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        Instant began = Instant.now();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarRun.JAR.toString(), "server", "--port", "0", "--clock", "fast=60").redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        server = builder.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            try {
                String url = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    serverOutput.append(line).append('\n');
                    if (line.startsWith("endpoint: ")) {
                        url = line.substring("endpoint: ".length());
                    }
                    if (line.startsWith("control-token: ")) {
                        controlToken = line.substring("control-token: ".length());
                        return url;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String url;
        try {
            url = found.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            throw new IllegalStateException("ecskit server printed no endpoint within 30 s:\n" + serverOutput, e);
        }
        assertThat(url).as(serverOutput.toString()).startsWith("http://127.0.0.1:");
        endpoint = URI.create(url);
        startTime = Duration.between(began, Instant.now());
        System.err.printf("ecskit server (shipped jar) answered after %d ms%n", startTime.toMillis());
        // keep draining its output so it never blocks on a full pipe
        CompletableFuture.runAsync(() -> {
            try {
                lines.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        server.destroy(); // SIGTERM
        boolean ended = server.waitFor(10, TimeUnit.SECONDS);
        if (!ended) {
            server.destroyForcibly();
        }
        assertThat(ended).as("the server stops cleanly on SIGTERM").isTrue();
        assertThat(server.exitValue()).isEqualTo(143);
    }

    private static AwsCli.Result aws(Path dir, String... args) {
        return AwsCli.get().run(dir, endpoint, REGION, args);
    }

    private static JsonNode ok(AwsCli.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.stdout().isBlank() ? null : result.json();
    }

    @Test
    void theControls_needTheTokenTheServerPrinted() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest.Builder clock = java.net.http.HttpRequest.newBuilder(endpoint.resolve("/_ecskit/clock"));

        var without = http.send(clock.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        var with = http.send(clock.header("X-Ecskit-Control-Token", controlToken).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(controlToken).as(serverOutput.toString()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(with.body()).contains("\"now\"");
    }

    @Test
    void aBindBeyondLoopback_isWarnedAbout_withTheAddresses() throws Exception {
        // listens on every interface for a moment; nothing is sent to any address but loopback
        Process wide = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarRun.JAR.toString(), "server", "--port", "0", "--bind", "0.0.0.0").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(wide.getInputStream(), StandardCharsets.UTF_8));
            String warning = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("WARNING")) {
                            return line;
                        }
                    }
                    return "";
                } catch (IOException e) {
                    return "";
                }
            }).get(30, TimeUnit.SECONDS);

            assertThat(warning).contains("every interface").contains("not only on this machine").contains("Any Host header");
        } finally {
            wide.destroy();
            wide.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theAwsCli_runsTheSeedNotesCommands_againstTheServer() throws IOException, InterruptedException {
        Files.copy(Path.of(ShippedJarIT.SEED), dir.resolve("hello-world-task-def.json"));
        Files.copy(Path.of(ShippedJarIT.CORRECTED), dir.resolve("corrected.json"));

        // the seed's task definition as written: ECS's ClientException (no task cpu and memory for Fargate, ...)
        AwsCli.Result seed = aws(dir, "ecs", "register-task-definition", "--cli-input-json", "file://hello-world-task-def.json");
        assertThat(seed.exitCode()).as(seed.toString()).isNotZero();
        assertThat(seed.stderr()).contains("ClientException").contains("Fargate requires that 'cpu' be defined at the task level.");

        JsonNode registered = ok(aws(dir, "ecs", "register-task-definition", "--cli-input-json", "file://corrected.json"));
        assertThat(registered.at("/taskDefinition/taskDefinitionArn").asText())
                .isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1");
        assertThat(registered.at("/taskDefinition/containerDefinitions/0/image").asText()).isEqualTo("public.ecr.aws/docker/library/httpd:2.4");

        assertThat(ok(aws(dir, "ecs", "create-cluster", "--cluster-name", "test-cluster")).at("/cluster/status").asText()).isEqualTo("ACTIVE");
        ok(aws(dir, "logs", "create-log-group", "--log-group-name", "test-log"));

        String network = "awsvpcConfiguration={subnets=[subnet-8f0fdfc5],securityGroups=[sg-0c7754adb2c02617b],assignPublicIp=ENABLED}";
        // the seed's hello-world:latest: ECS takes a family or family:revision, and 'latest' is no revision
        AwsCli.Result latest = aws(dir, "ecs", "create-service", "--cluster", "test-cluster", "--service-name", "test-service",
                "--task-definition", "hello-world:latest", "--desired-count", "1", "--launch-type", "FARGATE",
                "--network-configuration", network);
        assertThat(latest.exitCode()).as(latest.toString()).isNotZero();
        assertThat(latest.stderr()).contains("latest");

        JsonNode created = ok(aws(dir, "ecs", "create-service", "--cluster", "test-cluster", "--service-name", "test-service",
                "--task-definition", "hello-world", "--desired-count", "1", "--launch-type", "FARGATE",
                "--network-configuration", network));
        assertThat(created.at("/service/serviceName").asText()).isEqualTo("test-service");
        assertThat(created.at("/service/desiredCount").asInt()).isEqualTo(1);
        assertThat(created.at("/service/launchType").asText()).isEqualTo("FARGATE");
        assertThat(created.at("/service/networkConfiguration/awsvpcConfiguration/subnets/0").asText()).isEqualTo("subnet-8f0fdfc5");
        assertThat(created.at("/service/networkConfiguration/awsvpcConfiguration/assignPublicIp").asText()).isEqualTo("ENABLED");

        assertThat(ok(aws(dir, "ecs", "list-task-definitions", "--family-prefix", "hello-world")).at("/taskDefinitionArns/0").asText())
                .endsWith("task-definition/hello-world:1");
        assertThat(ok(aws(dir, "ecs", "list-services", "--cluster", "test-cluster")).at("/serviceArns/0").asText())
                .isEqualTo("arn:aws:ecs:us-east-1:123456789012:service/test-cluster/test-service");
        // fast=60: a minute of ECS in a second; the task is running by now or soon
        JsonNode running = null;
        for (int i = 0; i < 20; i++) {
            running = ok(aws(dir, "ecs", "describe-services", "--cluster", "test-cluster", "--services", "test-service"));
            if (running.at("/services/0/runningCount").asInt() == 1) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(running.at("/services/0/runningCount").asInt()).as(running.toString()).isEqualTo(1);
        assertThat(running.at("/services/0/deployments/0/rolloutState").asText()).isEqualTo("COMPLETED");

        ok(aws(dir, "ecs", "update-service", "--cluster", "test-cluster", "--service", "test-service", "--task-definition", "hello-world"));
        assertThat(ok(aws(dir, "ecs", "update-service", "--cluster", "test-cluster", "--service", "test-service", "--desired-count", "0"))
                .at("/service/desiredCount").asInt()).isZero();
        assertThat(ok(aws(dir, "ecs", "delete-service", "--cluster", "test-cluster", "--service", "test-service"))
                .at("/service/status").asText()).isEqualTo("DRAINING");
        JsonNode deleted = null;
        for (int i = 0; i < 20; i++) {
            AwsCli.Result attempt = aws(dir, "ecs", "delete-cluster", "--cluster", "test-cluster");
            if (attempt.exitCode() == 0) {
                deleted = attempt.json();
                break;
            }
            // ECS keeps a draining service's cluster until its tasks are gone
            assertThat(attempt.stderr()).contains("ClusterContainsServicesException");
            Thread.sleep(500);
        }
        assertThat(deleted).as("delete-cluster succeeded once the service drained").isNotNull();
        assertThat(deleted.at("/cluster/status").asText()).isEqualTo("INACTIVE");
    }

    @Test
    void ecskitOnTheAwsBackend_deploys_thenRollsBackAnImageNobodyPushed() throws IOException {
        // its own family, so the AWS CLI test's revision numbers do not depend on the order the tests run in
        Path good = Files.writeString(dir.resolve("good.json"), Files.readString(Path.of(ShippedJarIT.CORRECTED))
                .replace("\"family\": \"hello-world\"", "\"family\": \"web-app\"")
                .replace("\"awslogs-group\": \"test-log\"", "\"awslogs-group\": \"web-app-log\""));
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(good)
                .replace("public.ecr.aws/docker/library/httpd:2.4", "123456789012.dkr.ecr.us-east-1.amazonaws.com/nope:1"));
        List<String> common = List.of("--backend", "aws", "--endpoint-url", endpoint.toString(), "--region", REGION,
                "--cluster", "apps", "--service", "web", "--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0");

        JarRun first = JarRun.of(args("deploy", "--task-definition", good.toString(), common));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("outcome: SUCCEEDED");

        JarRun second = JarRun.of(args("deploy", "--task-definition", bad.toString(), common));
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(EcskitCli.DEPLOYMENT_FAILED);
        assertThat(second.out()).contains("outcome: ROLLED_BACK", "TaskFailedToStart: CannotPullContainerError",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/nope:1");
    }

    @Test
    void ecskitOnTheAwsBackend_runsAOneOffTask_whoseExitTheServersControlsScripted() throws Exception {
        Path job = Files.writeString(dir.resolve("job.json"), Files.readString(Path.of(ShippedJarIT.CORRECTED))
                .replace("\"family\": \"hello-world\"", "\"family\": \"migrate-job\"")
                .replace("\"awslogs-group\": \"test-log\"", "\"awslogs-group\": \"migrate-log\""));
        java.net.http.HttpResponse<String> scripted = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        endpoint.resolve("/_ecskit/faults/exit?family=migrate-job&command=rails%20db:migrate&exitCode=7&afterSeconds=30"))
                .header("X-Ecskit-Control-Token", controlToken).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        List<String> aws = List.of("--backend", "aws", "--endpoint-url", endpoint.toString(), "--region", REGION);
        java.util.List<String> create = new java.util.ArrayList<>(List.of("create-cluster", "--cluster-name", "jobs"));
        create.addAll(aws);
        assertThat(JarRun.of(create.toArray(String[]::new)).exitCode()).isZero();

        java.util.List<String> run = new java.util.ArrayList<>(List.of("run-task", "--task-definition", job.toString(), "--cluster", "jobs",
                "--command", "rails db:migrate", "--subnets", "subnet-0123456789abcdef0", "--output", "json"));
        run.addAll(aws);
        JarRun migration = JarRun.of(run.toArray(String[]::new));
        JsonNode outcome = ShippedJarIT.JSON.readTree(migration.out());
        java.util.List<String> describe = new java.util.ArrayList<>(List.of("describe-tasks", "--cluster", "jobs", "--tasks",
                outcome.get("taskArn").asText()));
        describe.addAll(aws);
        JarRun described = JarRun.of(describe.toArray(String[]::new));

        assertThat(scripted.statusCode()).isEqualTo(200);
        // the essential container's exit code is the process's, through the AWS adapter and the server's RunTask/DescribeTasks
        assertThat(migration.exitCode()).as(migration.toString()).isEqualTo(7);
        assertThat(outcome.get("result").asText()).isEqualTo("FAILED");
        assertThat(outcome.get("stopCode").asText()).isEqualTo("EssentialContainerExited");
        assertThat(outcome.at("/task/overrides/containerOverrides/0/command/0").asText()).isEqualTo("rails");
        assertThat(migration.err()).contains("started task ");
        assertThat(described.exitCode()).as(described.toString()).isZero();
        assertThat(described.out()).contains("STOPPED", "EssentialContainerExited", "=7");
    }

    private static String[] args(String command, String flag, String value, List<String> common) {
        java.util.List<String> all = new java.util.ArrayList<>(List.of(command, flag, value));
        all.addAll(common);
        return all.toArray(String[]::new);
    }
}
