package io.ecskit.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's measure: how many operations of each SDK model ecskit server serves, asked of the SDK's own client
 * interfaces (one method per operation taking its {@code *Request}). A ratchet: the counts may only grow, and
 * the operations still missing are printed for the note and the README.
 */
class ModelCoverageTest {

    static Set<String> operations(Class<?> client) {
        Set<String> names = new TreeSet<>();
        for (Method m : client.getMethods()) {
            if (m.getParameterCount() == 1 && m.getParameterTypes()[0].getSimpleName().endsWith("Request")
                    && m.getParameterTypes()[0].getPackageName().endsWith(".model") && !m.getName().endsWith("Paginator")) {
                String op = m.getParameterTypes()[0].getSimpleName();
                names.add(op.substring(0, op.length() - "Request".length()));
            }
        }
        return names;
    }

    private static int served(InMemoryEcsServer server, String prefix, Class<?> client, String service) {
        Set<String> all = operations(client);
        Set<String> missing = new TreeSet<>();
        for (String op : all) {
            if (!server.operations().contains(prefix + op)) {
                missing.add(op);
            }
        }
        System.out.printf("%s: %d of %d operations served; not yet: %s%n", service, all.size() - missing.size(), all.size(), missing);
        return all.size() - missing.size();
    }

    @Test
    void theServedOperations_onlyGrow() {
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            assertThat(operations(EcsClient.class)).hasSize(88);
            assertThat(served(server, "AmazonEC2ContainerServiceV20141113.", EcsClient.class, "ECS")).isEqualTo(88);
            assertThat(served(server, "AmazonEC2ContainerRegistry_V20150921.", EcrClient.class, "ECR")).isGreaterThanOrEqualTo(62);
            assertThat(served(server, "Logs_20140328.", CloudWatchLogsClient.class, "CloudWatch Logs")).isGreaterThanOrEqualTo(24);
            assertThat(served(server, "GraniteServiceVersion20100801.", software.amazon.awssdk.services.cloudwatch.CloudWatchClient.class,
                    "CloudWatch")).isGreaterThanOrEqualTo(15);
            assertThat(served(server, "2015-12-01.", software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client.class,
                    "Elastic Load Balancing v2")).isGreaterThanOrEqualTo(37);
            assertThat(served(server, "AWSEvents.", software.amazon.awssdk.services.eventbridge.EventBridgeClient.class,
                    "EventBridge")).isGreaterThanOrEqualTo(14);
        }
    }

    /**
     * Issue 21's "done when": every operation of the SDK's ECS model, asked of the server over HTTP as a client sends it
     * (an empty request), is known: it answers the operation's own validation or result, never UnknownOperationException.
     */
    @Test
    void everyEcsOperation_isKnownOverTheWire() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            for (String op : operations(EcsClient.class)) {
                java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(server.endpoint())
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "AmazonEC2ContainerServiceV20141113." + op)
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261207/us-east-1/ecs/aws4_request, "
                                + "SignedHeaders=host, Signature=0")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(op + " answered " + answer.body()).isLessThan(500);
                if (answer.body().contains("UnknownOperationException")) {
                    unknown.add(op);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
