package io.ecskit.server;

import io.ecskit.adapter.server.EcsServer;
import io.ecskit.domain.EcsRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26: what no request may do to ecskit server — knock it over, leak its internals, starve other
 * clients, reach the controls without the token, pose as another host, or invent a region.
 */
class ServerHardeningTest {

    @RegisterExtension
    static final EcsServerExtension AWS = EcsServerExtension.create();

    private static final String ECS = "AmazonEC2ContainerServiceV20141113.";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> post(URI endpoint, String target, String body) throws IOException, InterruptedException {
        return HTTP.send(aws(endpoint, target, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder aws(URI endpoint, String target, String body) {
        return HttpRequest.newBuilder(endpoint.resolve("/")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", target).timeout(Duration.ofSeconds(10));
    }

    @Test
    void controls_needTheToken_butTheHealthCheckDoesNot(InMemoryEcsServer server) throws Exception {
        URI clock = server.endpoint().resolve("/_ecskit/clock/advance?seconds=1");
        HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(clock).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(clock).header(EcsServer.CONTROL_TOKEN_HEADER, "guess")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> with = HTTP.send(HttpRequest.newBuilder(clock).header(EcsServer.CONTROL_TOKEN_HEADER,
                server.controlToken().get()).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecskit/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("X-Ecskit-Control-Token").contains("--open-controls");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(server.controlToken().get()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void openControls_needNoToken() throws Exception {
        try (InMemoryEcsServer open = InMemoryEcsServer.builder().openControls().start()) {
            HttpResponse<String> now = HTTP.send(HttpRequest.newBuilder(open.endpoint().resolve("/_ecskit/clock")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(now.statusCode()).isEqualTo(200);
            assertThat(open.controlToken().isEmpty()).isTrue();
        }
    }

    @Test
    void aHostThatIsNotThisServer_isRefused_loopbackNamesAreServed(URI endpoint) throws Exception {
        // a DNS-rebinding page reaches 127.0.0.1 under its own name; the raw socket sends the Host it likes
        String rebinding = raw(endpoint, "POST / HTTP/1.1\r\nHost: evil.example:" + endpoint.getPort() + "\r\nX-Amz-Target: "
                + ECS + "ListClusters\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        String localhost = raw(endpoint, "POST / HTTP/1.1\r\nHost: localhost:" + endpoint.getPort() + "\r\nX-Amz-Target: "
                + ECS + "ListClusters\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(rebinding).startsWith("HTTP/1.1 403").contains("evil.example").contains("does not name this server");
        assertThat(localhost).startsWith("HTTP/1.1 200").contains("clusterArns");
    }

    @Test
    void aRegionAwsDoesNotHave_isRefusedAsAwsRefusesIt_andCreatesNoBackend(InMemoryEcsServer server) throws Exception {
        HttpResponse<String> answer = HTTP.send(aws(server.endpoint(), ECS + "ListClusters", "{}")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/xx-fake-9/ecs/aws4_request, "
                        + "SignedHeaders=host, Signature=0").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> control = HTTP.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecskit/clock?region=xx-fake-9"))
                .header(EcsServer.CONTROL_TOKEN_HEADER, server.controlToken().get()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> real = HTTP.send(aws(server.endpoint(), ECS + "ListClusters", "{}")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/ap-southeast-2/ecs/aws4_request, "
                        + "SignedHeaders=host, Signature=0").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"__type\":\"InvalidSignatureException\"")
                .contains("Credential should be scoped to a valid region, not 'xx-fake-9'.");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(real.statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimit_isRefusedUnread_andTheServerGoesOn(URI endpoint) throws Exception {
        String big = "{\"clusterName\":\"" + "x".repeat(EcsServer.DEFAULT_MAX_REQUEST_BYTES) + "\"}";

        HttpResponse<String> answer = post(endpoint, ECS + "CreateCluster", big);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("RequestEntityTooLargeException").contains(String.valueOf(EcsServer.DEFAULT_MAX_REQUEST_BYTES));
        assertThat(post(endpoint, ECS + "ListClusters", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void eachParserLimit_isNamedForWhatItIs(URI endpoint) throws Exception {
        HttpResponse<String> longNumber = post(endpoint, ECS + "ListClusters", "{\"maxResults\": " + "9".repeat(1500) + "}");
        HttpResponse<String> deep = post(endpoint, ECS + "ListClusters", "[".repeat(5000));

        assertThat(longNumber.statusCode()).isEqualTo(400);
        assertThat(longNumber.body()).contains("SerializationException").contains("a number is longer than 1000 characters")
                .doesNotContain("nested").doesNotContain("StreamReadConstraints");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("nested more than");
    }

    @Test
    void anEnumValueTheModelDoesNotList_isRefusedWithTheModelsValues(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, ECS + "ListTasks", "{\"desiredStatus\": \"PROVISIONING\"}");
        HttpResponse<String> nested = post(endpoint, ECS + "CreateService", "{\"serviceName\": \"x\", \"taskDefinition\": \"x\","
                + "\"capacityProviderStrategy\": [{\"capacityProvider\": \"FARGATE\"}], \"deploymentConfiguration\": "
                + "{\"strategy\": \"SIDEWAYS\"}}");

        // rule modelEnumValue: ListTasks' desiredStatus is RUNNING, PENDING or STOPPED, even though tasks pass through PROVISIONING
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("InvalidParameterException").contains("1 validation error detected: Value 'PROVISIONING' "
                + "at 'desiredStatus' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, PENDING, STOPPED]");
        assertThat(nested.body()).contains("Value 'SIDEWAYS' at 'deploymentConfiguration.strategy'");
    }

    @Test
    void aDesiredCountPastEcsQuota_isRefused_beforeAnyTaskIsLaunched(URI endpoint) throws Exception {
        post(endpoint, ECS + "CreateCluster", "{\"clusterName\":\"quota\"}");
        post(endpoint, ECS + "RegisterTaskDefinition", "{\"family\":\"quota\",\"containerDefinitions\":[{\"name\":\"web\","
                + "\"image\":\"nginx\",\"memory\":128}]}");

        HttpResponse<String> create = post(endpoint, ECS + "CreateService", "{\"cluster\":\"quota\",\"serviceName\":\"huge\","
                + "\"taskDefinition\":\"quota\",\"desiredCount\":2147483647}");
        HttpResponse<String> created = post(endpoint, ECS + "CreateService", "{\"cluster\":\"quota\",\"serviceName\":\"small\","
                + "\"taskDefinition\":\"quota\",\"desiredCount\":1}");
        HttpResponse<String> update = post(endpoint, ECS + "UpdateService", "{\"cluster\":\"quota\",\"service\":\"small\","
                + "\"desiredCount\":5001}");

        // rule desiredCountWithinLimit
        assertThat(create.statusCode()).isEqualTo(400);
        assertThat(create.body()).contains("InvalidParameterException").contains(EcsRule.DESIRED_COUNT_WITHIN_LIMIT.message());
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(update.statusCode()).isEqualTo(400);
        assertThat(update.body()).contains(EcsRule.DESIRED_COUNT_WITHIN_LIMIT.message());
        assertThat(post(endpoint, ECS + "ListServices", "{\"cluster\":\"quota\"}").body()).doesNotContain("huge");
    }

    @Test
    void advancingTheClock_refusesNaNInfinityAndAbsurdSpans(InMemoryEcsServer server) throws Exception {
        for (String seconds : List.of("NaN", "Infinity", "-5", "1e9", "abc")) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecskit/clock/advance?seconds="
                            + seconds)).header(EcsServer.CONTROL_TOKEN_HEADER, server.controlToken().get())
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(seconds).isEqualTo(400);
            assertThat(answer.body()).as(seconds).doesNotContain("java.").doesNotContain("Exception:");
        }
    }

    @Test
    void anErrorInsideAHandler_isA500WithoutInternals_andTheNextRequestIsServed() throws Exception {
        int[] calls = {0};
        try (EcsServer server = EcsServer.builder().backend(region -> {
            if (calls[0]++ == 0) {
                throw new StackOverflowError("deep inside");
            }
            throw new IllegalStateException("java.lang.IllegalStateException: private detail");
        }).start()) {
            HttpResponse<String> first = post(server.endpoint(), ECS + "ListClusters", "{}");
            HttpResponse<String> second = post(server.endpoint(), ECS + "ListClusters", "{}");

            for (HttpResponse<String> answer : List.of(first, second)) {
                assertThat(answer.statusCode()).isEqualTo(500);
                assertThat(answer.body()).contains("\"__type\":\"ServerException\"").doesNotContain("java.")
                        .doesNotContain("deep inside").doesNotContain("private detail");
            }
        }
    }

    @Test
    @Timeout(60)
    void slowClients_doNotStarveOthers(URI endpoint) throws Exception {
        // 300 connections that send half a request's headers and then nothing (slowloris)
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.getPort());
                OutputStream out = socket.getOutputStream();
                out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: " + ECS).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = post(endpoint, ECS + "ListClusters", "{}");
                millis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(answer.statusCode()).isEqualTo(200);
            }
            // every normal request was answered while the slow ones held their connections (10 s timeout each)
            assertThat(millis).hasSize(50);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static String raw(URI endpoint, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
