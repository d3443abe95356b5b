package io.ecskit.contract;

import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.events.EcsTaskTarget;
import io.ecskit.domain.events.EventEntry;
import io.ecskit.domain.events.EventRule;
import io.ecskit.domain.events.EventTarget;
import io.ecskit.domain.events.RuleSpec;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.port.out.EventsPort;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EventsPort: EventBridge's default bus as ECS workloads use it (issue 25 item 6): rules with patterns or schedules, their
 * targets, PutEvents and TestEventPattern, and the events ECS sends. What a test creates is removed after it.
 */
public abstract class EventsPortContract extends ContractTest {

    private static final String STOPPED_TASKS = "{\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Task State Change\"],"
            + "\"detail\":{\"lastStatus\":[\"STOPPED\"]}}";

    private final Deque<Runnable> cleanUp = new ArrayDeque<>();

    @AfterEach
    final void deleteWhatWasCreated() {
        while (!cleanUp.isEmpty()) {
            cleanUp.pop().run();
        }
    }

    private EventsPort events() {
        return kit.api().events();
    }

    private EventRule rule(RuleSpec spec) {
        EventRule rule = right(events().putRule(spec));
        cleanUp.push(() -> {
            events().targets(spec.name()).forEach(all -> events().removeTargets(spec.name(), all.map(EventTarget::id)));
            events().deleteRule(spec.name());
        });
        return rule;
    }

    private void assertAwsError(Either<EcsError, ?> either, String code, String message) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        assertThat(either.getLeft().code()).isEqualTo(code);
        if (backend.lacks(Capability.EVENTBRIDGE_MESSAGES).isEmpty()) {
            assertThat(either.getLeft().message()).isEqualTo(message);
        }
    }

    private String logGroupArn(String group) {
        return "arn:aws:logs:" + kit.region() + ":" + kit.accountId() + ":log-group:" + group;
    }

    @Test
    void putRule_isDescribedAndListed_andReplacedByName() {
        String name = fixtures.name("stopped");
        EventRule made = rule(RuleSpec.matching(name, STOPPED_TASKS));
        right(events().putRule(new RuleSpec(name, Option.of(STOPPED_TASKS), Option.none(), Option.of("DISABLED"), Option.of("stopped tasks"),
                Option.none(), List.empty())));

        EventRule described = right(events().rule(name));

        assertThat(made.arn()).isEqualTo("arn:aws:events:" + kit.region() + ":" + kit.accountId() + ":rule/" + name);
        assertThat(described.state()).isEqualTo("DISABLED");
        assertThat(described.description()).contains("stopped tasks");
        assertThat(described.eventPattern().map(p -> p.replaceAll("\\s+(?=[\\[\\]{}:,\"])|(?<=[\\[\\]{}:,])\\s+", "")))
                .as("the pattern as given (AWS may re-space it)").contains(STOPPED_TASKS);
        assertThat(right(events().rules(Option.of(name))).map(EventRule::name)).containsExactly(name);
    }

    @Test
    void aRulesTags_areListedAddedAndRemoved_byItsArn() {
        String name = fixtures.name("tagged");
        EventRule made = rule(RuleSpec.matching(name, STOPPED_TASKS));

        right(events().tagResource(made.arn(), List.of(io.ecskit.domain.Tag.of("team", "web"), io.ecskit.domain.Tag.of("env", "test"))));
        right(events().tagResource(made.arn(), List.of(io.ecskit.domain.Tag.of("env", "prod"))));
        assertThat(right(events().tags(made.arn()))).containsExactlyInAnyOrder(io.ecskit.domain.Tag.of("team", "web"), io.ecskit.domain.Tag.of("env", "prod"));
        right(events().untagResource(made.arn(), List.of("team", "absent")));
        assertThat(right(events().tags(made.arn()))).containsExactly(io.ecskit.domain.Tag.of("env", "prod"));
        assertThat(events().tags(made.arn() + "-gone").isLeft()).isTrue();
    }

    @Test
    void targets_arePutListedAndRemoved_andARuleWithTargetsIsNotDeleted() {
        String name = fixtures.name("logged");
        rule(RuleSpec.matching(name, STOPPED_TASKS));

        assertThat(right(events().putTargets(name, List.of(EventTarget.of("log", logGroupArn("/aws/events/" + name)))))).isEmpty();
        assertThat(right(events().targets(name)).map(EventTarget::id)).containsExactly("log");
        assertAwsError(events().deleteRule(name), "ValidationException", "Rule can't be deleted since it has targets.");
        assertThat(right(events().removeTargets(name, List.of("log")))).isEmpty();
        assertThat(right(events().targets(name))).isEmpty();
    }

    @Test
    void anUnknownRule_isNotFound_andARuleNeedsAPatternOrASchedule() {
        String missing = fixtures.name("missing");

        assertAwsError(events().rule(missing), "ResourceNotFoundException", "Rule " + missing + " does not exist on EventBus default.");
        assertAwsError(events().putRule(new RuleSpec(fixtures.name("empty"), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), List.empty())), "ValidationException", "Parameter(s) EventPattern or ScheduleExpression must be specified.");
        assertThat(events().putRule(RuleSpec.matching(fixtures.name("bad"), "{\"source\":\"aws.ecs\"}")).getLeft().code())
                .isEqualTo("InvalidEventPatternException");
    }

    @Test
    void putEvents_answersAnIdPerEntry_andTestEventPatternMatches() {
        var sent = right(events().putEvents(List.of(EventEntry.of("com.example.orders", "Order Placed", "{\"id\":1}"))));
        String event = "{\"id\":\"7bf73129-1428-4cd3-a780-95db273d1602\",\"detail-type\":\"ECS Task State Change\",\"source\":\"aws.ecs\","
                + "\"account\":\"123456789012\",\"time\":\"2026-12-07T12:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
                + "\"detail\":{\"lastStatus\":\"STOPPED\",\"stoppedReason\":\"Essential container in task exited\"}}";

        assertThat(sent.single().eventId()).isNotEmpty();
        assertThat(sent.single().errorCode()).isEmpty();
        requires(Capability.EVENT_PATTERN_TESTS);
        assertThat(right(events().testEventPattern(STOPPED_TASKS, event))).isTrue();
        assertThat(right(events().testEventPattern("{\"detail\":{\"stoppedReason\":[{\"prefix\":\"Essential\"}]}}", event))).isTrue();
        assertThat(right(events().testEventPattern("{\"detail\":{\"lastStatus\":[\"RUNNING\"]}}", event))).isFalse();
    }

    @Test
    void ecsSendsItsTaskStateChanges_toARulesLogGroup() {
        requires(Capability.ECS_EVENTS);
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.RUN_TASK);
        String group = "/aws/events/" + fixtures.name("tasks");
        right(kit.api().logs().createGroup(new LogGroupName(group), Option.none()));
        cleanUp.push(() -> kit.api().logs().deleteGroup(new LogGroupName(group)));
        String name = fixtures.name("running");
        rule(RuleSpec.matching(name, "{\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Task State Change\"],\"detail\":{\"lastStatus\":[\"RUNNING\"]}}"));
        right(events().putTargets(name, List.of(EventTarget.of("log", logGroupArn(group)))));
        var cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        Task task = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()))).found().single();
        backend.passTime(Duration.ofMinutes(2));

        var logged = right(kit.api().logs().events(new LogGroupName(group), Option.none(), Instant.EPOCH, Instant.now().plus(Duration.ofDays(3650))));
        assertThat(logged).hasSize(1);
        assertThat(logged.head().message()).contains("\"detail-type\":\"ECS Task State Change\"").contains("\"lastStatus\":\"RUNNING\"")
                .contains(task.taskArn().toString());
    }

    @Test
    void aScheduledRule_runsItsEcsTargetsTask() {
        requires(Capability.ECS_EVENTS);
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.RUN_TASK);
        var cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        String name = fixtures.name("every-5");
        rule(RuleSpec.scheduled(name, "rate(5 minutes)"));
        String clusterArn = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":cluster/" + cluster.value();
        assertThat(right(events().putTargets(name, List.of(new EventTarget("task", clusterArn, Option.of("arn:aws:iam::" + kit.accountId()
                + ":role/ecsEventsRole"), Option.none(), Option.none(), Option.of(EcsTaskTarget.fargate(family, fixtures.network()))))))).isEmpty();

        backend.passTime(Duration.ofMinutes(6));

        var running = right(kit.api().tasks().describe(cluster, right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING)))).found();
        assertThat(running).hasSize(1);
        assertThat(running.head().startedBy()).contains("events-rule/" + name);
    }
}
