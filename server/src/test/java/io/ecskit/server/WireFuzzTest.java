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
 * answer must be a 2xx or a 4xx in AWS's shape, never a 5xx, a hang, or a Java class name. Application Auto
 * Scaling, which has no SDK module, is fuzzed from its model's records ({@link #recordBody}). 20,000
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
    /** No SDK module: the domain records written from botocore's model. */
    private static final String RECORD_MODEL_PREFIX = "AnyScaleFrontendService.";

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
        java.util.Random random = new java.util.Random(seed);
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().clock(ClockMode.parse("fast=60")).start()) {
            // a service the scaling requests may name
            AutoScalingIT.service(server.kit(), "fz", "web", 1);
            List<Target> targets = targets(server);
            URI endpoint = server.endpoint().resolve("/");
            for (int i = 0; i < requests; i++) {
                Target target = targets.get(i % targets.size());
                String operation = target.header().substring(target.header().indexOf('.') + 1);
                boolean query = Character.isDigit(target.header().charAt(0));
                String body = target.builder() == null ? (target.request() == Record.class ? "{}" : recordBody(target.request(), random, 0).toString())
                        : query ? fuzzer.form(operation, target.header().substring(0, target.header().indexOf('.')), target.builder(),
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
            String model = prefix.equals(RECORD_MODEL_PREFIX) ? "io.ecskit.domain.scaling."
                    : prefix.equals("2015-12-01.") ? "software.amazon.awssdk.services.elasticloadbalancingv2.model." : MODELS.get(prefix);
            Class<?> request;
            try {
                request = Class.forName(model + header.substring(prefix.length()) + "Request");
            } catch (ClassNotFoundException refusedByName) {
                // an operation refused by name whatever it is sent (GetPredictiveScalingForecast) has no record: an empty body
                targets.add(new Target(header, Record.class, null));
                continue;
            }
            if (request.isRecord()) {
                targets.add(new Target(header, request, null));
                continue;
            }
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

    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    private static final String[] STRINGS = {"ecs", "service/fz/web", "service/fz/nope", "ecs:service:DesiredCount", "", "x".repeat(2000),
        "cpu50", "at(2026-01-01T00:10:00)", "rate(5 minutes)", "cron(0 22 * * ? *)", "cron(bad", "Europe/Berlin", "Nowhere/Else",
        "TargetTrackingScaling", "StepScaling", "ECSServiceAverageCPUUtilization", "ChangeInCapacity", "\u0000", "a:b/c|d"};

    /** A JSON body for a model record: members by its components, values mostly of their types, sometimes not, sometimes unknown. */
    private static com.fasterxml.jackson.databind.JsonNode recordBody(Class<?> type, java.util.Random random, int depth) {
        var object = NODES.objectNode();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            if (random.nextInt(10) < 3) {
                continue;
            }
            java.lang.reflect.Type t = c.getGenericType();
            if (c.getType() == io.vavr.control.Option.class) {
                t = ((java.lang.reflect.ParameterizedType) t).getActualTypeArguments()[0];
            }
            object.set(io.ecskit.json.RecordWire.wireName(c.getName()), value(t, random, depth));
        }
        if (random.nextInt(20) == 0) {
            object.put("NoSuchMember", 1);
        }
        return object;
    }

    private static com.fasterxml.jackson.databind.JsonNode value(java.lang.reflect.Type type, java.util.Random random, int depth) {
        if (random.nextInt(25) == 0) {
            return random.nextBoolean() ? NODES.textNode("wrong") : NODES.numberNode(-1);
        }
        Class<?> raw = type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == io.vavr.collection.List.class) {
            var array = NODES.arrayNode();
            java.lang.reflect.Type item = ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = random.nextInt(4); i > 0; i--) {
                array.add(value(item, random, depth + 1));
            }
            return array;
        }
        if (raw == io.vavr.collection.Map.class) {
            var map = NODES.objectNode();
            for (int i = random.nextInt(3); i > 0; i--) {
                map.set(STRINGS[random.nextInt(STRINGS.length)], value(String.class, random, depth + 1));
            }
            return map;
        }
        if (raw.isRecord()) {
            return depth > 4 ? NODES.objectNode() : recordBody(raw, random, depth + 1);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return NODES.textNode(random.nextInt(8) == 0 ? "NotAValue" : ((io.ecskit.domain.WireValue) constants[random.nextInt(constants.length)]).wire());
        }
        if (raw == Integer.class) {
            int[] ints = {-1, 0, 1, 2, 5, 10, 11, 51, 100_000, Integer.MAX_VALUE};
            return NODES.numberNode(ints[random.nextInt(ints.length)]);
        }
        if (raw == Double.class) {
            double[] doubles = {-1, 0, 0.5, 20, 50, 1e308};
            return NODES.numberNode(doubles[random.nextInt(doubles.length)]);
        }
        if (raw == Boolean.class) {
            return NODES.booleanNode(random.nextBoolean());
        }
        if (raw == java.time.Instant.class) {
            long[] seconds = {0, 1_767_225_600L, 253_402_300_800L, -62_135_596_801L};
            return NODES.numberNode(seconds[random.nextInt(seconds.length)]);
        }
        return NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
    }

    private static String head(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
