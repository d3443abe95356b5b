package io.ecskit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ecskit server --state-file} across a real restart of the shipped jar (issue 24 item 5): what one server process
 * made, the next one started on the same file holds; stopped as users stop it (SIGTERM, Ctrl-C).
 */
class ServerStateFileIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void whatOneServerMade_theNextOneHolds() throws Exception {
        Path file = dir.resolve("state.ndjson");
        Process first = start(file);
        URI a = endpoint(first);
        assertThat(post(a, "CreateCluster", "{\"clusterName\":\"kept\"}")).contains("cluster/kept");
        String registered = post(a, "RegisterTaskDefinition", "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"web\","
                + "\"image\":\"public.ecr.aws/docker/library/httpd:2.4\",\"memory\":256}]}");
        stop(first);
        assertThat(Files.readAllLines(file)).hasSizeGreaterThanOrEqualTo(4);

        Process second = start(file);
        try {
            URI b = endpoint(second);
            assertThat(post(b, "ListClusters", "{}")).contains("cluster/kept");
            String described = post(b, "DescribeTaskDefinition", "{\"taskDefinition\":\"web:1\"}");
            assertThat(described.replaceAll(".*\"registeredAt\":([0-9.]+).*", "$1"))
                    .isEqualTo(registered.replaceAll(".*\"registeredAt\":([0-9.]+).*", "$1"));
        } finally {
            stop(second);
        }
    }

    private Process start(Path file) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRun.JAR.toString(), "server", "--port", "0", "--clock", "manual", "--state-file", file.toString()))
                .redirectErrorStream(true).start();
    }

    private static URI endpoint(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("endpoint: ")) {
                return URI.create(line.substring("endpoint: ".length()));
            }
        }
        throw new AssertionError("the server did not start: " + seen);
    }

    private static void stop(Process server) throws Exception {
        server.destroy();
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
    }

    private static String post(URI endpoint, String op, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint).header("X-Amz-Target", "AmazonEC2ContainerServiceV20141113." + op)
                .header("Content-Type", "application/x-amz-json-1.1").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(op + " " + r.body()).isEqualTo(200);
        return r.body();
    }
}
