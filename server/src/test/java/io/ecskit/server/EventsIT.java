package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EventBridge through the AWS CLI (a client nobody here wrote): the invocations the awscli package documents for rules
 * (put-rule with a schedule and with patterns, describe-rule, list-rules with and without a prefix, test-event-pattern;
 * read from the installed package) all run against {@code ecskit server}, and its put-targets examples (Lambda and Kinesis
 * targets, which ecskit does not deliver to) are answered with FailedEntries naming why, never taken silently; then a rule
 * routes the server's own ECS task events to a log group that {@code aws logs filter-log-events} reads.
 */
class EventsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The documented {@code aws events ...} invocations of an example file, in order. */
    private static List<List<String>> documented(AwsCli cli, String file) throws Exception {
        List<List<String>> commands = new ArrayList<>();
        for (String line : Files.readAllLines(cli.examples("events").resolve(file), StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("aws events ") && !trimmed.contains("file://")) {
                commands.add(AwsCliExamplesIT.tokens(trimmed.substring("aws ".length())));
            }
        }
        return commands;
    }

    @Test
    void theDocumentedRuleInvocations_runAgainstTheServer() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            int ran = 0;
            for (String file : List.of("put-rule.rst", "describe-rule.rst", "list-rules.rst", "test-event-pattern.rst", "disable-rule.rst",
                    "enable-rule.rst")) {
                for (List<String> args : documented(cli, file)) {
                    AwsCli.Result result = cli.run(server.endpoint(), "us-east-1", args.toArray(String[]::new));
                    assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.stderr()).isZero();
                    if (args.contains("test-event-pattern")) {
                        assertThat(JSON.readTree(result.stdout()).get("Result").asBoolean()).isTrue();
                    }
                    ran++;
                }
            }
            JsonNode daily = JSON.readTree(cli.run(server.endpoint(), "us-east-1", "events", "list-rules", "--name-prefix", "Daily").stdout());

            assertThat(ran).isGreaterThanOrEqualTo(8);
            assertThat(daily.get("Rules").findValuesAsText("Name")).containsExactly("DailyLambdaFunction");
            assertThat(daily.at("/Rules/0/ScheduleExpression").asText()).isEqualTo("cron(0 9 * * ? *)");

            for (List<String> args : documented(cli, "put-targets.rst")) {
                AwsCli.Result result = cli.run(server.endpoint(), "us-east-1", args.toArray(String[]::new));
                assertThat(result.exitCode()).as(result.stderr()).isZero();
                JsonNode answer = JSON.readTree(result.stdout());
                assertThat(answer.get("FailedEntryCount").asInt()).isPositive();
                assertThat(answer.at("/FailedEntries/0/ErrorMessage").asText()).contains("is not delivered to here");
            }
        }
    }

    @Test
    void aRule_routesTheServersTaskEvents_toALogGroup() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String endpoint = "us-east-1";
            run(cli, server, "logs", "create-log-group", "--log-group-name", "/aws/events/ecs");
            run(cli, server, "events", "put-rule", "--name", "tasks", "--event-pattern",
                    "{\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Task State Change\"],\"detail\":{\"lastStatus\":[\"RUNNING\"]}}");
            run(cli, server, "events", "put-targets", "--rule", "tasks", "--targets",
                    "Id=log,Arn=arn:aws:logs:" + endpoint + ":123456789012:log-group:/aws/events/ecs");
            run(cli, server, "ecs", "create-cluster", "--cluster-name", "events");
            run(cli, server, "ecs", "register-task-definition", "--family", "app", "--requires-compatibilities", "FARGATE", "--network-mode",
                    "awsvpc", "--cpu", "256", "--memory", "512", "--container-definitions", "[{\"name\":\"app\",\"image\":\"nginx:1.27\",\"essential\":true}]");
            run(cli, server, "ecs", "run-task", "--cluster", "events", "--task-definition", "app", "--launch-type", "FARGATE",
                    "--network-configuration", "awsvpcConfiguration={subnets=[subnet-0123456789abcdef0]}");
            server.simulator().advance(java.time.Duration.ofMinutes(2));

            JsonNode logged = JSON.readTree(run(cli, server, "logs", "filter-log-events", "--log-group-name", "/aws/events/ecs").stdout());

            assertThat(logged.get("events")).hasSize(1);
            JsonNode event = JSON.readTree(logged.at("/events/0/message").asText());
            assertThat(event.get("detail-type").asText()).isEqualTo("ECS Task State Change");
            assertThat(event.at("/detail/lastStatus").asText()).isEqualTo("RUNNING");
            assertThat(event.at("/detail/group").asText()).isEqualTo("family:app");
        }
    }

    private static AwsCli.Result run(AwsCli cli, InMemoryEcsServer server, String... args) throws Exception {
        AwsCli.Result result = cli.run(server.endpoint(), "us-east-1", args);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.stderr()).isZero();
        return result;
    }
}
