package io.ecskit.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkPojo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26, item 6: a fuzzer generated from the SDK's request models sends every served operation
 * well-typed, wrongly typed, missing, out-of-range and mutated members ({@link ModelFuzzer}); every
 * answer must be a 2xx or a 4xx in AWS's shape, never a 5xx, a hang, or a Java class name. 20,000
 * requests per build run, seeded ({@code -Decskit.seed=N}; {@code -Decskit.fuzz.requests=N} for a longer run).
 */
class WireFuzzTest {

    private static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|jdk|io\\.ecskit|io\\.vavr|software\\.amazon|com\\.fasterxml)\\.[a-zA-Z]");
    private static final Map<String, String> MODELS = Map.of(
            "AmazonEC2ContainerServiceV20141113.", "software.amazon.awssdk.services.ecs.model.",
            "AmazonEC2ContainerRegistry_V20150921.", "software.amazon.awssdk.services.ecr.model.",
            "Logs_20140328.", "software.amazon.awssdk.services.cloudwatchlogs.model.",
            "secretsmanager.", "software.amazon.awssdk.services.secretsmanager.model.",
            "AmazonSSM.", "software.amazon.awssdk.services.ssm.model.",
            "AWSEvents.", "software.amazon.awssdk.services.eventbridge.model.",
            "GraniteServiceVersion20100801.", "software.amazon.awssdk.services.cloudwatch.model.",
            // the query protocols' rows (Version.Action): EC2, STS and IAM
            "2016-11-15.", "software.amazon.awssdk.services.ec2.model.",
            "2010-05-08.", "software.amazon.awssdk.services.iam.model.",
            "2011-06-15.", "software.amazon.awssdk.services.sts.model.");

    record Target(String header, Class<?> request, Supplier<SdkPojo> builder) {
    }

    @Test
    @Timeout(600)
    void generatedRequests_neverGetA5xx_aHang_orAClassName() throws Exception {
        long seed = Long.getLong("ecskit.seed", 26L);
        int requests = Integer.getInteger("ecskit.fuzz.requests", 20_000);
        ModelFuzzer fuzzer = new ModelFuzzer(seed);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> failures = new LinkedHashMap<>();
        int[] statuses = new int[6];
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().clock(ClockMode.parse("fast=60")).start()) {
            List<Target> targets = targets(server);
            URI endpoint = server.endpoint().resolve("/");
            for (int i = 0; i < requests; i++) {
                Target target = targets.get(i % targets.size());
                String operation = target.header().substring(target.header().indexOf('.') + 1);
                boolean query = Character.isDigit(target.header().charAt(0));
                String body = query ? fuzzer.form(operation, target.header().substring(0, target.header().indexOf('.')), target.builder(),
                        target.request()) : fuzzer.body(target.builder(), target.request());
                HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(10));
                if (query) {
                    request.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
                } else {
                    request.header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", target.header());
                }
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                statuses[answer.statusCode() / 100]++;
                if (answer.statusCode() >= 500 || INTERNALS.matcher(answer.body()).find() || !answer.body().startsWith(query ? "<" : "{")) {
                    failures.putIfAbsent(operation + " " + answer.statusCode() + " " + head(answer.body().replaceAll("request id [0-9a-f-]{36}", "request id ...")), head(body));
                }
            }
        }
        System.out.printf("WireFuzzTest: seed %d, %d requests: %d 2xx, %d 4xx, %d 5xx; %d distinct failures%n",
                seed, requests, statuses[2], statuses[4], statuses[5], failures.size());
        List<String> report = new ArrayList<>();
        failures.forEach((answer, request) -> report.add(answer + "\n    request: " + request));
        assertThat(report).as("answers that were 5xx or named internals (seed %d)", seed).isEmpty();
        assertThat(statuses[2]).as("generated requests that succeeded: the fuzzer also reaches the operations' work").isGreaterThan(requests / 50);
    }

    @SuppressWarnings("unchecked")
    private static List<Target> targets(InMemoryEcsServer server) throws Exception {
        List<Target> targets = new ArrayList<>();
        for (String header : new java.util.TreeSet<>(server.operations())) {
            String prefix = header.substring(0, header.indexOf('.') + 1);
            Class<?> request = Class.forName(MODELS.get(prefix) + header.substring(prefix.length()) + "Request");
            java.lang.reflect.Method builder = request.getMethod("builder");
            targets.add(new Target(header, request, () -> {
                try {
                    return (SdkPojo) builder.invoke(null);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return targets;
    }

    private static String head(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
