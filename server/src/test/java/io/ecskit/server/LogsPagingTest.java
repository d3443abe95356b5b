package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** GetLogEvents and FilterLogEvents page as CloudWatch Logs does (issue 23 item 3): limit, tokens, startFromHead. */
class LogsPagingTest {

    @RegisterExtension
    static final EcsServerExtension AWS = EcsServerExtension.create();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode logs(URI endpoint, String operation, String body) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", "Logs_20140328." + operation).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode doc = JSON.readTree(answer.body());
        assertThat(answer.statusCode()).as(answer.body()).isLessThan(500);
        return doc;
    }

    @Test
    void getLogEvents_pagesFromTheTailByDefault_orFromTheHead_withTokensThatStopAtTheEnd(InMemoryEcsServer server) throws Exception {
        URI endpoint = server.endpoint();
        long now = server.simulator().now().toEpochMilli();
        logs(endpoint, "CreateLogGroup", "{\"logGroupName\":\"/ecs/paged\"}");
        logs(endpoint, "CreateLogStream", "{\"logGroupName\":\"/ecs/paged\",\"logStreamName\":\"web/1\"}");
        StringBuilder events = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            events.append(i > 1 ? "," : "").append("{\"timestamp\":").append(now - 10_000 + i).append(",\"message\":\"line ").append(i).append("\"}");
        }
        logs(endpoint, "PutLogEvents", "{\"logGroupName\":\"/ecs/paged\",\"logStreamName\":\"web/1\",\"logEvents\":[" + events + "]}");
        String stream = "\"logGroupName\":\"/ecs/paged\",\"logStreamName\":\"web/1\",\"limit\":2";

        JsonNode tail = logs(endpoint, "GetLogEvents", "{" + stream + "}");
        JsonNode head = logs(endpoint, "GetLogEvents", "{" + stream + ",\"startFromHead\":true}");
        JsonNode second = logs(endpoint, "GetLogEvents", "{" + stream + ",\"nextToken\":\"" + head.get("nextForwardToken").asText() + "\"}");
        JsonNode third = logs(endpoint, "GetLogEvents", "{" + stream + ",\"nextToken\":\"" + second.get("nextForwardToken").asText() + "\"}");
        JsonNode end = logs(endpoint, "GetLogEvents", "{" + stream + ",\"nextToken\":\"" + third.get("nextForwardToken").asText() + "\"}");
        JsonNode back = logs(endpoint, "GetLogEvents", "{" + stream + ",\"nextToken\":\"" + tail.get("nextBackwardToken").asText() + "\"}");
        JsonNode bad = logs(endpoint, "GetLogEvents", "{" + stream + ",\"nextToken\":\"f/nonsense\"}");
        JsonNode zero = logs(endpoint, "GetLogEvents", "{\"logGroupName\":\"/ecs/paged\",\"logStreamName\":\"web/1\",\"limit\":0}");
        JsonNode filtered = logs(endpoint, "FilterLogEvents", "{\"logGroupName\":\"/ecs/paged\",\"limit\":3}");
        JsonNode rest = logs(endpoint, "FilterLogEvents", "{\"logGroupName\":\"/ecs/paged\",\"limit\":3,\"nextToken\":\""
                + filtered.get("nextToken").asText() + "\"}");

        assertThat(tail.get("events").findValuesAsText("message")).containsExactly("line 4", "line 5");
        assertThat(head.get("events").findValuesAsText("message")).containsExactly("line 1", "line 2");
        assertThat(second.get("events").findValuesAsText("message")).containsExactly("line 3", "line 4");
        assertThat(third.get("events").findValuesAsText("message")).containsExactly("line 5");
        assertThat(end.get("events")).isEmpty();
        assertThat(end.get("nextForwardToken").asText()).isEqualTo(third.get("nextForwardToken").asText()).matches("f/\\d{56}");
        assertThat(back.get("events").findValuesAsText("message")).containsExactly("line 2", "line 3");
        assertThat(bad.get("__type").asText()).isEqualTo("InvalidParameterException");
        assertThat(zero.get("message").asText()).contains("limit").contains("greater than or equal to 1");
        assertThat(filtered.get("events").findValuesAsText("message")).containsExactly("line 1", "line 2", "line 3");
        assertThat(rest.get("events").findValuesAsText("message")).containsExactly("line 4", "line 5");
        assertThat(rest.has("nextToken")).isFalse();
    }

    @Test
    void putLogEvents_outOfOrder_isRefused_andEventsFromTheFutureAreReportedRejected(InMemoryEcsServer server) throws Exception {
        URI endpoint = server.endpoint();
        long now = server.simulator().now().toEpochMilli();
        logs(endpoint, "CreateLogGroup", "{\"logGroupName\":\"/ecs/rules\"}");
        logs(endpoint, "CreateLogStream", "{\"logGroupName\":\"/ecs/rules\",\"logStreamName\":\"web/1\"}");

        JsonNode unordered = logs(endpoint, "PutLogEvents", "{\"logGroupName\":\"/ecs/rules\",\"logStreamName\":\"web/1\",\"logEvents\":["
                + "{\"timestamp\":" + now + ",\"message\":\"b\"},{\"timestamp\":" + (now - 1000) + ",\"message\":\"a\"}]}");
        JsonNode future = logs(endpoint, "PutLogEvents", "{\"logGroupName\":\"/ecs/rules\",\"logStreamName\":\"web/1\",\"logEvents\":["
                + "{\"timestamp\":" + now + ",\"message\":\"now\"},{\"timestamp\":" + (now + 3 * 3600_000L) + ",\"message\":\"later\"}]}");

        assertThat(unordered.get("message").asText()).isEqualTo("Log events in a single PutLogEvents request must be in chronological order.");
        assertThat(future.at("/rejectedLogEventsInfo/tooNewLogEventStartIndex").asInt()).isEqualTo(1);
    }

    @Test
    void describeLogStreams_ordersAndPages(InMemoryEcsServer server) throws Exception {
        URI endpoint = server.endpoint();
        logs(endpoint, "CreateLogGroup", "{\"logGroupName\":\"/ecs/streams\"}");
        for (String stream : new String[] {"b/1", "a/1", "c/1"}) {
            logs(endpoint, "CreateLogStream", "{\"logGroupName\":\"/ecs/streams\",\"logStreamName\":\"" + stream + "\"}");
        }

        JsonNode first = logs(endpoint, "DescribeLogStreams", "{\"logGroupName\":\"/ecs/streams\",\"limit\":2}");
        JsonNode rest = logs(endpoint, "DescribeLogStreams", "{\"logGroupName\":\"/ecs/streams\",\"limit\":2,\"nextToken\":\""
                + first.get("nextToken").asText() + "\"}");
        JsonNode descending = logs(endpoint, "DescribeLogStreams", "{\"logGroupName\":\"/ecs/streams\",\"descending\":true}");
        JsonNode refused = logs(endpoint, "DescribeLogStreams", "{\"logGroupName\":\"/ecs/streams\",\"orderBy\":\"LastEventTime\","
                + "\"logStreamNamePrefix\":\"a\"}");

        assertThat(first.get("logStreams").findValuesAsText("logStreamName")).containsExactly("a/1", "b/1");
        assertThat(rest.get("logStreams").findValuesAsText("logStreamName")).containsExactly("c/1");
        assertThat(descending.get("logStreams").findValuesAsText("logStreamName")).containsExactly("c/1", "b/1", "a/1");
        assertThat(refused.get("message").asText()).isEqualTo("Cannot order by LastEventTime with a logStreamNamePrefix.");
    }
}
