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
            assertThat(served(server, "AmazonEC2ContainerServiceV20141113.", EcsClient.class, "ECS")).isGreaterThanOrEqualTo(77);
            assertThat(served(server, "AmazonEC2ContainerRegistry_V20150921.", EcrClient.class, "ECR")).isGreaterThanOrEqualTo(5);
            assertThat(served(server, "Logs_20140328.", CloudWatchLogsClient.class, "CloudWatch Logs")).isGreaterThanOrEqualTo(9);
        }
    }
}
