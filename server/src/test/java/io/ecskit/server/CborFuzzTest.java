package io.ecskit.server;

import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudWatch's RPC v2 CBOR endpoint under bad input (issue 26 item 6): random bytes, truncated and mistyped CBOR maps,
 * unknown operations and members, seeded ({@code -Decskit.seed=N}): every answer is a 4xx in CBOR with the protocol's
 * header, never a 5xx or a Java class name.
 */
class CborFuzzTest {

    private static final String[] OPERATIONS = {"PutMetricAlarm", "DescribeAlarms", "SetAlarmState", "PutMetricData", "GetMetricStatistics",
        "ListMetrics", "DeleteAlarms", "NoSuchOperation"};

    @Test
    void badCbor_isAlwaysA4xxInCbor() throws Exception {
        long seed = Long.getLong("ecskit.seed", 26L);
        Random random = new Random(seed);
        CBORMapper cbor = new CBORMapper();
        HttpClient http = HttpClient.newHttpClient();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            for (int i = 0; i < 600; i++) {
                String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
                byte[] body = switch (random.nextInt(4)) {
                    case 0 -> {
                        byte[] noise = new byte[random.nextInt(64)];
                        random.nextBytes(noise);
                        yield noise;
                    }
                    case 1 -> cbor.writeValueAsBytes(Map.of("AlarmName", random.nextInt(), "Period", "sixty", "Threshold", Map.of("x", 1)));
                    case 2 -> {
                        byte[] whole = cbor.writeValueAsBytes(Map.of("AlarmName", "a", "Namespace", "N", "MetricName", "M", "Statistic", "Average",
                                "Period", 60, "EvaluationPeriods", 1, "Threshold", 1.0, "ComparisonOperator", "GreaterThanThreshold"));
                        yield java.util.Arrays.copyOf(whole, random.nextInt(whole.length + 1));
                    }
                    default -> cbor.writeValueAsBytes(Map.of("Unknown" + random.nextInt(9), random.nextBoolean(), "MetricData", java.util.List.of(1, "x")));
                };
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/service/GraniteServiceVersion20100801/operation/" + operation))
                        .header("smithy-protocol", "rpc-v2-cbor").header("Content-Type", "application/cbor")
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=t/20261207/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=0")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(answer.statusCode()).as("%s with %d bytes (seed %d)", operation, body.length, seed).isLessThan(500);
                assertThat(answer.headers().firstValue("smithy-protocol")).as(operation).contains("rpc-v2-cbor");
                String text = cbor.readTree(answer.body()).toString();
                assertThat(text).as(operation).doesNotContainPattern("\\b(java|io\\.ecskit|software\\.amazon|com\\.fasterxml)\\.[a-z]");
            }
        }
    }
}
