package io.ecskit.server;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.ClusterSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** One server for a whole suite: {@code POST /_ecskit/reset} (all regions, or one) and the extension's reset per test (issue 24 item 5). */
class ServerResetTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ECS = "AmazonEC2ContainerServiceV20141113.";

    static String ecs(URI endpoint, String operation, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", ECS + operation).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> reset(InMemoryEcsServer server, String query) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecskit/reset" + query))
                .header("X-Ecskit-Control-Token", server.controlToken().get()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reset_forgetsEveryRegion_orOnlyTheOneNamed_andNeedsTheControlToken() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            ecs(server.endpoint(), "CreateCluster", "{\"clusterName\":\"apps\"}");
            server.kit("eu-west-1").api().clusters().create(ClusterSpec.named(ClusterName.of("kept"))).get();

            HttpResponse<String> one = reset(server, "?region=us-east-1");
            String afterOne = ecs(server.endpoint(), "ListClusters", "{}");
            int keptInEu = server.kit("eu-west-1").api().clusters().list().get().size();
            HttpResponse<String> all = reset(server, "");
            HttpResponse<String> withoutToken = HTTP.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecskit/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).isEqualTo("{\"reset\":\"us-east-1\"}");
            assertThat(afterOne).isEqualTo("{\"clusterArns\":[]}");
            assertThat(keptInEu).isEqualTo(1);
            assertThat(all.body()).isEqualTo("{\"reset\":\"all\"}");
            assertThat(server.kit("eu-west-1").api().clusters().list().get()).isEmpty();
            assertThat(withoutToken.statusCode()).isEqualTo(403);
        }
    }
}
