package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.events.EcsTaskTarget;
import io.ecskit.domain.events.Event;
import io.ecskit.domain.events.EventEntry;
import io.ecskit.domain.events.EventTarget;
import io.ecskit.domain.events.RuleSpec;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EventBridge in the simulation (issue 25 item 6): the events ECS sends as a service rolls out and fails (task state
 * changes through every status, steady state, deployment in progress, completed, failed), in order, at their simulated
 * times; a rule's pattern routes them to a log group; a scheduled rule runs tasks on the clock; EventBridge's checks.
 */
class EventBridgeTest {

    private static final AwsVpcConfiguration NETWORK = AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
            List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED);

    private static JsonNode json(Event event) throws Exception {
        return EventPatterns.JSON.readTree(event.json());
    }

    @Test
    void aRollout_andAFailedDeployment_areSentInOrder_withEcssDetailShapes() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        java.util.List<Event> seen = new ArrayList<>();
        try (AutoCloseable listening = kit.simulator().listen(seen::add)) {
            SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.WITH_ROLLBACK);
            kit.simulator().advance(Duration.ofMinutes(10));
            kit.simulator().failImagePull(SimulatedRuntimeTest.BAD);
            SimulatedRuntimeTest.redeploy(kit, SimulatedRuntimeTest.BAD);
            kit.simulator().advance(Duration.ofMinutes(60));
        }

        java.util.List<String> kinds = seen.stream().map(e -> e.detailType()).distinct().toList();
        assertThat(kinds).contains("ECS Task State Change", "ECS Service Action", "ECS Deployment State Change");
        assertThat(seen).extracting(Event::time).isSorted();
        assertThat(seen).allMatch(e -> e.source().equals("aws.ecs") && e.account().equals(kit.accountId()) && e.region().equals(kit.region()));

        JsonNode firstTask = json(seen.stream().filter(e -> e.detailType().equals("ECS Task State Change")).findFirst().get());
        assertThat(firstTask.at("/detail/lastStatus").asText()).isEqualTo("PROVISIONING");
        assertThat(firstTask.at("/detail/desiredStatus").asText()).isEqualTo("RUNNING");
        assertThat(firstTask.at("/detail/taskArn").asText()).isEqualTo(firstTask.at("/resources/0").asText());
        assertThat(firstTask.at("/detail/clusterArn").asText()).endsWith(":cluster/sim");
        assertThat(firstTask.at("/detail/version").asLong()).isEqualTo(1);
        java.util.List<String> statuses = new ArrayList<>();
        for (Event e : seen) {
            JsonNode j = json(e);
            if (e.detailType().equals("ECS Task State Change") && j.at("/detail/taskArn").asText().equals(firstTask.at("/detail/taskArn").asText())) {
                statuses.add(j.at("/detail/lastStatus").asText());
            }
        }
        assertThat(statuses).startsWith("PROVISIONING", "PENDING", "ACTIVATING", "RUNNING");

        java.util.List<String> deployments = new ArrayList<>();
        for (Event e : seen) {
            if (!e.detailType().equals("ECS Task State Change")) {
                deployments.add(json(e).at("/detail/eventName").asText());
            }
        }
        // the failing deployment's tasks trip the service throttle (SERVICE_TASK_START_IMPAIRED) before the circuit breaker
        assertThat(deployments).containsExactly("SERVICE_DEPLOYMENT_IN_PROGRESS", "SERVICE_DEPLOYMENT_COMPLETED", "SERVICE_STEADY_STATE",
                "SERVICE_DEPLOYMENT_IN_PROGRESS", "SERVICE_TASK_START_IMPAIRED", "SERVICE_DEPLOYMENT_FAILED", "SERVICE_DEPLOYMENT_IN_PROGRESS",
                "SERVICE_DEPLOYMENT_COMPLETED", "SERVICE_STEADY_STATE");
        Event failed = seen.stream().filter(e -> e.detail().contains("SERVICE_DEPLOYMENT_FAILED")).findFirst().get();
        assertThat(json(failed).at("/detail/eventType").asText()).isEqualTo("ERROR");
        assertThat(json(failed).at("/detail/reason").asText()).startsWith("ECS deployment circuit breaker: ");
        assertThat(json(failed).at("/detail/deploymentId").asText()).startsWith("ecs-svc/");
    }

    @Test
    void aRulesPattern_routesStoppedTasks_toALogGroup() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var events = kit.api().events();
        kit.api().logs().createGroup(new LogGroupName("/aws/events/ecs"), Option.none()).get();
        events.putRule(RuleSpec.matching("stopped", "{\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Task State Change\"],"
                + "\"detail\":{\"lastStatus\":[\"STOPPED\"],\"stoppedReason\":[{\"prefix\":\"CannotPull\"}]}}")).get();
        assertThat(events.putTargets("stopped", List.of(EventTarget.of("log", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ecs")))
                .get()).isEmpty();

        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        kit.simulator().advance(Duration.ofMinutes(5));
        kit.simulator().failImagePull(SimulatedRuntimeTest.BAD);
        SimulatedRuntimeTest.redeploy(kit, SimulatedRuntimeTest.BAD);
        kit.simulator().advance(Duration.ofMinutes(5));

        var logged = kit.api().logs().events(new LogGroupName("/aws/events/ecs"), Option.none(), Instant.EPOCH, kit.clock().instant()).get();
        assertThat(logged).isNotEmpty();
        for (var line : logged) {
            JsonNode event = EventPatterns.JSON.readTree(line.message());
            assertThat(event.at("/detail/lastStatus").asText()).isEqualTo("STOPPED");
            assertThat(event.at("/detail/stoppedReason").asText()).startsWith("CannotPullContainerError");
            assertThat(line.stream().value()).isEqualTo(event.get("id").asText());
        }
    }

    @Test
    void aScheduledRule_runsItsTask_onTheClock() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        SimulatedRuntimeTest.deploy(kit, 0, DeploymentCircuitBreaker.DISABLED);
        var events = kit.api().events();
        events.putRule(RuleSpec.scheduled("nightly", "rate(10 minutes)")).get();
        kit.simulator().advance(Duration.ofHours(3));   // a rule without targets misses nothing it must make up later
        events.putTargets("nightly", List.of(new EventTarget("batch", "arn:aws:ecs:us-east-1:123456789012:cluster/sim",
                Option.of("arn:aws:iam::123456789012:role/ecsEventsRole"), Option.none(), Option.none(),
                Option.of(EcsTaskTarget.fargate("arn:aws:ecs:us-east-1:123456789012:task-definition/web", NETWORK))))).get();

        kit.simulator().advance(Duration.ofMinutes(25));
        var ran = kit.api().tasks().describe(SimulatedRuntimeTest.CLUSTER,
                kit.api().tasks().list(SimulatedRuntimeTest.CLUSTER, Option.none(), TaskStatus.RUNNING).get()).get().found();

        assertThat(ran).hasSize(2);
        assertThat(ran.map(Task::startedBy)).allMatch(s -> s.contains("events-rule/nightly"));
        var started = ran.map(t -> t.createdAt().get()).sorted();
        assertThat(java.time.Duration.between(started.get(0), started.get(1))).as("each at its scheduled time, not all at the end")
                .isEqualTo(Duration.ofMinutes(10));
        events.disableRule("nightly").get();
        kit.simulator().advance(Duration.ofMinutes(30));
        assertThat(kit.api().tasks().list(SimulatedRuntimeTest.CLUSTER, Option.none(), TaskStatus.RUNNING).get()).hasSize(2);
    }

    @Test
    void eventBridgeRefuses_whatItRefuses_inItsWords() {
        var events = InMemoryEcsKit.create().api().events();

        assertThat(events.putRule(new RuleSpec("r", Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), List.empty()))
                .getLeft().message()).isEqualTo(EcsRule.EVENT_RULE_PATTERN_OR_SCHEDULE.message());
        assertThat(events.putRule(RuleSpec.scheduled("r", "rate(1 minutes)")).getLeft().message()).isEqualTo(EcsRule.SCHEDULE_EXPRESSION_VALID.message());
        assertThat(events.putRule(RuleSpec.scheduled("r", "cron(0 12 * * * *)")).getLeft().code()).as("day-of-month or day-of-week must be ?")
                .isEqualTo("ValidationException");
        assertThat(events.putRule(RuleSpec.matching("r", "{\"source\":\"aws.ecs\"}")).getLeft().code()).isEqualTo("InvalidEventPatternException");
        assertThat(events.rule("missing").getLeft().message()).isEqualTo("Rule missing does not exist on EventBus default.");
        events.putRule(RuleSpec.matching("r", "{\"source\":[\"x\"]}")).get();
        events.putTargets("r", List.of(EventTarget.of("t", "arn:aws:logs:us-east-1:123456789012:log-group:g"))).get();
        assertThat(events.deleteRule("r").getLeft().message()).isEqualTo(EcsRule.EVENT_RULE_WITHOUT_TARGETS.message());
        var refused = events.putTargets("r", List.of(EventTarget.of("q", "arn:aws:sqs:us-east-1:123456789012:queue"))).get();
        assertThat(refused.single().targetId()).isEqualTo("q");
        events.putRule(RuleSpec.scheduled("s", "rate(5 minutes)")).get();
        var unreadable = events.putTargets("s", List.of(new EventTarget("ecs", "arn:aws:ecs:us-east-1:123456789012:cluster/sim",
                Option.of("arn:aws:iam::123456789012:role/r"), Option.none(), Option.none(), Option.of(EcsTaskTarget.fargate("not an arn", NETWORK))))).get();
        assertThat(unreadable.single().errorMessage()).contains("is not a task definition's ARN or family:revision");
        var sent = events.putEvents(List.of(EventEntry.of("aws.ecs", "x", "{}"), EventEntry.of("app", "x", "[1]"), EventEntry.of("app", "x", "{}"))).get();
        assertThat(sent.map(r -> r.errorCode().getOrElse("ok"))).containsExactly("NotAuthorizedForSourceException", "MalformedDetail", "ok");
    }

    @Test
    void patterns_matchAsEventBridgeMatches() {
        var events = InMemoryEcsKit.create().api().events();
        String event = "{\"source\":\"aws.ecs\",\"detail\":{\"lastStatus\":\"STOPPED\",\"exitCode\":137,\"tags\":[\"a\",\"b\"],\"c\":\"Hello\"}}";

        assertThat(events.testEventPattern("{\"detail\":{\"lastStatus\":[\"STOPPED\",\"RUNNING\"]}}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"exitCode\":[{\"numeric\":[\">\",0,\"<=\",255]}]}}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"tags\":[\"b\"]}}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"lastStatus\":[{\"anything-but\":[\"STOPPED\"]}]}}", event).get()).isFalse();
        assertThat(events.testEventPattern("{\"detail\":{\"missing\":[{\"exists\":false}]}}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"c\":[{\"equals-ignore-case\":\"hello\"}]}}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"c\":[{\"wildcard\":\"H*o\"}]}}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"$or\":[{\"source\":[\"x\"]},{\"detail\":{\"exitCode\":[137]}}]}", event).get()).isTrue();
        assertThat(events.testEventPattern("{\"source\":[\"aws.ec2\"]}", event).get()).isFalse();
        String task = "{\"detail\":{\"containers\":[{\"name\":\"web\",\"exitCode\":0},{\"name\":\"log\",\"exitCode\":137}],\"tags\":[\"a\",\"b\"]}}";
        assertThat(events.testEventPattern("{\"detail\":{\"containers\":{\"exitCode\":[137]}}}", task).get()).as("arrays of objects").isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"containers\":{\"exitCode\":[1]}}}", task).get()).isFalse();
        assertThat(events.testEventPattern("{\"detail\":{\"tags\":[{\"anything-but\":\"a\"}]}}", task).get()).as("per element").isTrue();
        assertThat(events.testEventPattern("{\"detail\":{\"missing\":{\"deeper\":[{\"exists\":false}]}}}", task).get()).isTrue();
    }
    @Test
    void aServiceThatCannotStartItsTasks_sendsServiceTaskStartImpaired_once() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        java.util.List<Event> seen = new java.util.ArrayList<>();
        kit.simulator().listen(seen::add);
        kit.simulator().failImagePull(SimulatedRuntimeTest.GOOD);
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);

        kit.simulator().advance(Duration.ofMinutes(30));

        var impaired = seen.stream().filter(e -> e.detailType().equals("ECS Service Action") && e.detail().contains("SERVICE_TASK_START_IMPAIRED"))
                .toList();
        assertThat(impaired).hasSize(1);
        JsonNode detail = json(impaired.get(0)).get("detail");
        assertThat(detail.get("eventType").asText()).isEqualTo("WARN");
        assertThat(detail.get("clusterArn").asText()).endsWith(":cluster/sim");
        assertThat(detail.has("reason")).as("a warning names no reason field").isFalse();
        assertThat(impaired.get(0).resources()).containsExactly(SimulatedRuntimeTest.service(kit).serviceArn().toString());
    }
}
