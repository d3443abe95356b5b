package io.ecskit.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Snapshot, restore and the state file (issue 24 item 5): what a server holds (clusters, task definitions, services and
 * their tasks and deployments, images, log groups and events, the clock) is the same after a restart on its state file,
 * and after {@code PUT /_ecskit/state} of another server's {@code GET /_ecskit/state}; a file of another version is
 * refused with a message saying so.
 */
class ServerStateTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ECS = "AmazonEC2ContainerServiceV20141113.";

    @TempDir
    Path dir;

    @Test
    void aRestartOnTheStateFile_holdsWhatTheServerHeld() throws Exception {
        Path file = dir.resolve("ecskit-state.ndjson");
        String before;
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            story(a);
            before = everything(a);
        }
        assertThat(before).as("the story ran: three tasks running, an image, an event").contains("\"runningCount\":3",
                "\"lastStatus\":\"RUNNING\"", "\"imageTags\":[\"1\"]", "\"message\":\"hello\"");
        assertThat(Files.readAllLines(file).get(0)).contains("\"ecskitState\":1");

        try (InMemoryEcsServer b = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            assertThat(everything(b)).isEqualTo(before);
            // and it goes on from there: the file keeps what the restarted server does
            post(b, ECS + "CreateCluster", "{\"clusterName\":\"after-restart\"}");
        }
        try (InMemoryEcsServer c = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            assertThat(post(c, ECS + "ListClusters", "{}")).contains("cluster/after-restart", "cluster/demo");
        }
    }

    @Test
    void anImagePushedThroughTheRegistryEndpoint_isKeptToo() throws Exception {
        Path file = dir.resolve("registry.ndjson");
        String manifest;
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            post(a, "AmazonEC2ContainerRegistry_V20150921.CreateRepository", "{\"repositoryName\":\"pushed\"}");
            String auth = "Basic " + post(a, "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken", "{}")
                    .replaceAll(".*\"authorizationToken\":\"([^\"]+)\".*", "$1");
            byte[] config = "{\"architecture\":\"amd64\",\"os\":\"linux\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] layer = "a layer's bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (byte[] blob : java.util.List.of(config, layer)) {
                assertThat(registry(a, "POST", "/v2/pushed/blobs/uploads/?digest=" + digest(blob), auth, blob).statusCode()).isEqualTo(201);
            }
            manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":"
                    + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + digest(config) + "\",\"size\":" + config.length + "},"
                    + "\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\",\"digest\":\"" + digest(layer) + "\",\"size\":"
                    + layer.length + "}]}";
            assertThat(registry(a, "PUT", "/v2/pushed/manifests/v1", auth, manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .statusCode()).isEqualTo(201);
        }
        try (InMemoryEcsServer b = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            assertThat(post(b, "AmazonEC2ContainerRegistry_V20150921.DescribeImages", "{\"repositoryName\":\"pushed\"}"))
                    .contains("\"imageTags\":[\"v1\"]");
            String auth = "Basic " + post(b, "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken", "{}")
                    .replaceAll(".*\"authorizationToken\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> pulled = registry(b, "GET", "/v2/pushed/manifests/v1", auth, null);
            assertThat(pulled.statusCode()).isEqualTo(200);
            assertThat(pulled.body()).isEqualTo(manifest);
        }
    }

    static String digest(byte[] bytes) throws Exception {
        return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static HttpResponse<String> registry(InMemoryEcsServer s, String method, String path, String auth, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.endpoint() + path)).header("Authorization", auth)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSnapshot_putIntoAnotherServer_makesTheSameState() throws Exception {
        String snapshot;
        String before;
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().openControls().start()) {
            story(a);
            before = everything(a);
            snapshot = send(a, "GET", "/_ecskit/state", "");
        }
        assertThat(snapshot.lines().count()).as("a header, the calls, the clock").isGreaterThan(5);
        try (InMemoryEcsServer c = InMemoryEcsServer.builder().openControls().start()) {
            post(c, ECS + "CreateCluster", "{\"clusterName\":\"forgotten-by-the-restore\"}");
            assertThat(send(c, "PUT", "/_ecskit/state", snapshot)).contains("restored");
            assertThat(everything(c)).isEqualTo(before);
            assertThat(post(c, ECS + "ListClusters", "{}")).doesNotContain("forgotten-by-the-restore");
        }
    }

    /** Issue 23: a scripted scan finding through the control, answered by DescribeImageScanFindings with ECR's counts; and kept. */
    @Test
    void aScriptedScanFinding_isAnsweredOverTheWire_andKeptByTheState() throws Exception {
        Path file = dir.resolve("scan.ndjson");
        String image = java.net.URLEncoder.encode("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1", java.nio.charset.StandardCharsets.UTF_8);
        String ecr = "AmazonEC2ContainerRegistry_V20150921.";
        String findings;
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            send(a, "POST", "/_ecskit/images?image=" + image, "");
            assertThat(send(a, "POST", "/_ecskit/scan-findings?image=" + image + "&name=CVE-2024-6387&severity=HIGH", ""))
                    .contains("CVE-2024-6387");
            assertThat(send(a, "POST", "/_ecskit/scan-findings?image=" + image + "&name=CVE-1&severity=SEVERE", ""))
                    .contains("InvalidControlRequest", "SEVERE");
            post(a, ecr + "StartImageScan", "{\"repositoryName\":\"web\",\"imageId\":{\"imageTag\":\"1\"}}");
            send(a, "POST", "/_ecskit/clock/advance?seconds=31", "");
            findings = post(a, ecr + "DescribeImageScanFindings", "{\"repositoryName\":\"web\",\"imageId\":{\"imageTag\":\"1\"}}");
        }
        assertThat(findings).contains("\"status\":\"COMPLETE\"", "\"name\":\"CVE-2024-6387\"", "\"findingSeverityCounts\":{\"HIGH\":1}");
        try (InMemoryEcsServer b = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            assertThat(post(b, ecr + "DescribeImageScanFindings", "{\"repositoryName\":\"web\",\"imageId\":{\"imageTag\":\"1\"}}"))
                    .isEqualTo(findings);
        }
    }

    @Test
    void aRestoreThatFails_leavesTheStateAsItWas() throws Exception {
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().openControls().start()) {
            post(a, ECS + "CreateCluster", "{\"clusterName\":\"kept\"}");
            String header = send(a, "GET", "/_ecskit/state", "").lines().findFirst().get();
            String edited = header + "\n{\"at\":\"2026-01-01T00:00:00Z\",\"region\":\"us-east-1\",\"target\":\"" + ECS
                    + "CreateService\",\"body\":\"{\\\"cluster\\\":\\\"nowhere\\\",\\\"serviceName\\\":\\\"x\\\"}\"}\n";

            assertThat(send(a, "PUT", "/_ecskit/state", edited)).contains("InvalidControlRequest", "did not answer as it did");
            assertThat(post(a, ECS + "ListClusters", "{}")).as("the state before the restore").contains("cluster/kept");
        }
    }

    @Test
    void aFileOfAnotherVersion_isRefusedByName() throws Exception {
        Path file = dir.resolve("old.ndjson");
        Files.writeString(file, "{\"ecskitState\":99,\"account\":\"123456789012\",\"region\":\"us-east-1\",\"clock\":\"manual\",\"seed\":1}\n");

        assertThatThrownBy(() -> InMemoryEcsServer.builder().stateFile(file).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state format 99 by another version of ecskit; this one reads format 1");
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().openControls().start()) {
            assertThat(send(a, "PUT", "/_ecskit/state", "not json")).contains("InvalidControlRequest", "not an ecskit state");
        }
    }

    @Test
    void aFastClock_goesOnFromWhereItWas_notFromTheWallClock() throws Exception {
        Path file = dir.resolve("fast.ndjson");
        Instant saved;
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().clock(ClockMode.parse("fast=600")).stateFile(file).openControls().start()) {
            post(a, ECS + "CreateCluster", "{\"clusterName\":\"demo\"}");
            Thread.sleep(300);
            saved = Instant.parse(send(a, "GET", "/_ecskit/clock", "").replaceAll(".*\"now\":\"([^\"]+)\".*", "$1").trim());
        }
        assertThat(saved).as("fast=600 runs ahead of the wall clock").isAfter(Instant.now().plusSeconds(60));
        try (InMemoryEcsServer b = InMemoryEcsServer.builder().clock(ClockMode.parse("fast=600")).stateFile(file).openControls().start()) {
            Instant now = Instant.parse(send(b, "GET", "/_ecskit/clock", "").replaceAll(".*\"now\":\"([^\"]+)\".*", "$1").trim());
            assertThat(now).isAfterOrEqualTo(saved);
            assertThat(post(b, ECS + "ListClusters", "{}")).contains("cluster/demo");
        }
    }

    /** Clusters, a definition, a service whose tasks start on the clock, an image, a log group with events. */
    static void story(InMemoryEcsServer s) throws Exception {
        post(s, ECS + "CreateCluster", "{\"clusterName\":\"demo\"}");
        post(s, ECS + "RegisterTaskDefinition", "{\"family\":\"web\",\"requiresCompatibilities\":[\"FARGATE\"],\"networkMode\":\"awsvpc\","
                + "\"cpu\":\"256\",\"memory\":\"512\",\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"public.ecr.aws/docker/library/httpd:2.4\"}]}");
        post(s, ECS + "CreateService", "{\"cluster\":\"demo\",\"serviceName\":\"web\",\"taskDefinition\":\"web\",\"desiredCount\":2,"
                + "\"launchType\":\"FARGATE\",\"networkConfiguration\":{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-0123456789abcdef0\"],"
                + "\"securityGroups\":[\"sg-0123456789abcdef0\"]}}}");
        send(s, "POST", "/_ecskit/clock/advance?seconds=120", "");
        post(s, ECS + "UpdateService", "{\"cluster\":\"demo\",\"service\":\"web\",\"desiredCount\":3}");
        send(s, "POST", "/_ecskit/clock/advance?seconds=60", "");
        post(s, "AmazonEC2ContainerRegistry_V20150921.CreateRepository", "{\"repositoryName\":\"web\"}");
        send(s, "POST", "/_ecskit/images?image=" + java.net.URLEncoder.encode(s.accountId() + ".dkr.ecr.us-east-1.amazonaws.com/web:1",
                java.nio.charset.StandardCharsets.UTF_8), "");
        post(s, "Logs_20140328.CreateLogGroup", "{\"logGroupName\":\"/ecs/web\"}");
        post(s, "Logs_20140328.CreateLogStream", "{\"logGroupName\":\"/ecs/web\",\"logStreamName\":\"s\"}");
        post(s, "Logs_20140328.PutLogEvents", "{\"logGroupName\":\"/ecs/web\",\"logStreamName\":\"s\",\"logEvents\":[{\"timestamp\":"
                + s.kit().clock().millis() + ",\"message\":\"hello\"}]}");
    }

    /** What a client sees of everything the story made. */
    static String everything(InMemoryEcsServer s) throws Exception {
        String tasks = post(s, ECS + "ListTasks", "{\"cluster\":\"demo\"}");
        String arns = tasks.replaceAll(".*\"taskArns\":(\\[[^]]*]).*", "$1");
        return String.join("\n",
                post(s, ECS + "DescribeClusters", "{\"clusters\":[\"demo\"]}"),
                post(s, ECS + "DescribeServices", "{\"cluster\":\"demo\",\"services\":[\"web\"]}"),
                tasks,
                post(s, ECS + "DescribeTasks", "{\"cluster\":\"demo\",\"tasks\":" + arns + "}"),
                post(s, ECS + "DescribeTaskDefinition", "{\"taskDefinition\":\"web\"}"),
                post(s, "AmazonEC2ContainerRegistry_V20150921.DescribeImages", "{\"repositoryName\":\"web\"}"),
                post(s, "Logs_20140328.GetLogEvents", "{\"logGroupName\":\"/ecs/web\",\"logStreamName\":\"s\"}"),
                send(s, "GET", "/_ecskit/clock", ""));
    }

    static String post(InMemoryEcsServer s, String target, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(s.endpoint()).header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.1").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(target + " " + r.body()).isEqualTo(200);
        return r.body();
    }

    static String send(InMemoryEcsServer s, String method, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.endpoint() + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
