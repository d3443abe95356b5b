package io.ecskit.cli;

import io.ecskit.server.InMemoryEcsServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The build's training run for the class-data archive the launcher starts ecskit with (issue 26 item 8): the commands
 * people run most ({@code --help}, {@code validate}, {@code hello-world}, {@code deploy --help}) and a server answering
 * the requests clients send first (ECS, ECR, CloudWatch Logs, a refusal, a control), so the classes of those paths are
 * loaded, linked and archived ({@code java -XX:ArchiveClassesAtExit=ecskit.jsa}, JDK 13+). Then writes the launcher,
 * {@code ecskit}, beside the jar. Not a command: {@code java -cp ecskit.jar io.ecskit.cli.StartupTraining DIR}.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        // the last build's archive goes: this JVM writes the new one as it exits (the old one may be read-only)
        Files.deleteIfExists(dir.resolve("ecskit.jsa"));
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Path definition = Files.createTempFile("ecskit-training", ".json");
        try (InputStream seed = StartupTraining.class.getResourceAsStream("/seed/hello-world-task-def.json")) {
            Files.write(definition, seed.readAllBytes());
        }
        try {
            EcskitCli.configureLogging(false);
            EcskitCli.run(quiet, quiet, "--help");
            EcskitCli.run(quiet, quiet, "deploy", "--help");
            EcskitCli.run(quiet, quiet, "validate", definition.toString());
            EcskitCli.run(quiet, quiet, "hello-world");
            serve();
        } finally {
            Files.deleteIfExists(definition);
        }
        Path launcher = dir.resolve("ecskit");
        try (InputStream script = StartupTraining.class.getResourceAsStream("/launcher/ecskit")) {
            Files.write(launcher, script.readAllBytes());
        }
        try {
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run it with sh
        }
    }

    private static void serve() throws IOException {
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().port(0).openControls().start()) {
            URI endpoint = server.endpoint();
            String ecs = "AmazonEC2ContainerServiceV20141113.";
            post(endpoint, ecs + "CreateCluster", "{\"clusterName\":\"training\"}");
            post(endpoint, ecs + "RegisterTaskDefinition", "{\"family\":\"web\",\"requiresCompatibilities\":[\"FARGATE\"],"
                    + "\"networkMode\":\"awsvpc\",\"cpu\":\"256\",\"memory\":\"512\","
                    + "\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"public.ecr.aws/docker/library/httpd:2.4\"}]}");
            post(endpoint, ecs + "CreateService", "{\"cluster\":\"training\",\"serviceName\":\"web\",\"taskDefinition\":\"web\","
                    + "\"desiredCount\":1,\"launchType\":\"FARGATE\",\"networkConfiguration\":{\"awsvpcConfiguration\":"
                    + "{\"subnets\":[\"subnet-0123456789abcdef0\"],\"securityGroups\":[\"sg-0123456789abcdef0\"]}}}");
            post(endpoint, ecs + "DescribeServices", "{\"cluster\":\"training\",\"services\":[\"web\"]}");
            post(endpoint, ecs + "ListTasks", "{\"cluster\":\"training\"}");
            post(endpoint, ecs + "DescribeClusters", "{\"clusters\":[\"nowhere\"]}");
            post(endpoint, ecs + "CreateService", "{\"serviceName\":\"\"}");
            post(endpoint, "AmazonEC2ContainerRegistry_V20150921.CreateRepository", "{\"repositoryName\":\"training\"}");
            post(endpoint, "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken", "{}");
            post(endpoint, "Logs_20140328.CreateLogGroup", "{\"logGroupName\":\"/ecs/training\"}");
            post(endpoint, "Logs_20140328.DescribeLogGroups", "{}");
            get(endpoint.resolve("/_ecskit/health"));
        }
    }

    private static void post(URI endpoint, String target, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("X-Amz-Target", target);
        c.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
        try (OutputStream out = c.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        drain(c);
    }

    private static void get(URI uri) throws IOException {
        drain((HttpURLConnection) uri.toURL().openConnection());
    }

    private static void drain(HttpURLConnection c) throws IOException {
        InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream();
        if (in != null) {
            try (in) {
                in.readAllBytes();
            }
        }
        c.disconnect();
    }
}
