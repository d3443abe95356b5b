package io.ecskit.contract;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** LogPort as CloudWatch Logs behaves (ECS-RULES §7). */
public abstract class LogPortContract extends ContractTest {

    private LogGroupName groupName() {
        return new LogGroupName("/ecs/" + fixtures.name("log"));
    }

    private LogGroupName group() {
        LogGroupName name = groupName();
        right(kit.api().logs().createGroup(name, Option.none()));
        return name;
    }

    @Test
    void createGroup_thenDescribe_hasArnAndRetention() {
        LogGroupName name = groupName();

        LogGroup created = right(kit.api().logs().createGroup(name, Option.of(new RetentionDays(7))));

        assertThat(created.arn()).isEqualTo("arn:aws:logs:" + kit.region() + ":" + kit.accountId() + ":log-group:"
                + name.value() + ":*");
        assertThat(right(kit.api().logs().describeGroup(name)).flatMap(LogGroup::retention)).contains(new RetentionDays(7));
    }

    @Test
    void groups_byPrefix_listThoseWhoseNamesStartWithIt_byName() {
        String base = "/ecs/" + fixtures.name("prefixed");
        for (String name : List.of(base + "/web", base + "/api", "/other" + base)) {
            right(kit.api().logs().createGroup(new LogGroupName(name), Option.none()));
        }

        var found = right(kit.api().logs().groups(Option.of(base)));

        assertThat(found.map(g -> g.name().value())).containsExactly(base + "/api", base + "/web");
        assertThat(right(kit.api().logs().groups(Option.none())).map(g -> g.name().value())).contains(base + "/api", "/other" + base);
    }

    @Test
    void createGroup_whenItExists_isResourceAlreadyExists() {
        LogGroupName name = group();

        assertError(kit.api().logs().createGroup(name, Option.none()), EcsError.ResourceAlreadyExists.class,
                "The specified log group already exists");
    }

    @Test
    void putRetention_allowedValues_areKept_unknownGroup_isResourceNotFound() {
        LogGroupName name = group();

        assertThat(right(kit.api().logs().putRetention(name, new RetentionDays(1))).retention()).contains(new RetentionDays(1));
        assertThat(right(kit.api().logs().putRetention(name, new RetentionDays(3653))).retention()).contains(new RetentionDays(3653));
        assertError(kit.api().logs().putRetention(groupName(), new RetentionDays(1)), EcsError.ResourceNotFound.class,
                "The specified log group does not exist.");
    }

    @Test
    void deleteGroup_removesIt_unknown_isResourceNotFound() {
        LogGroupName name = group();

        right(kit.api().logs().deleteGroup(name));

        assertThat(right(kit.api().logs().describeGroup(name))).isEmpty();
        assertError(kit.api().logs().deleteGroup(name), EcsError.ResourceNotFound.class, "The specified log group does not exist.");
    }

    @Test
    void createStream_twice_isResourceAlreadyExists() {
        LogGroupName name = group();
        LogStreamName stream = new LogStreamName("api/web/1");
        right(kit.api().logs().createStream(name, stream));

        assertErrorType(kit.api().logs().createStream(name, stream), EcsError.ResourceAlreadyExists.class);
    }

    @Test
    void createStream_twice_saysTheStreamExists() {
        requires(Capability.LOG_STREAM_MESSAGES);
        LogGroupName name = group();
        LogStreamName stream = new LogStreamName("api/web/1");
        right(kit.api().logs().createStream(name, stream));

        assertError(kit.api().logs().createStream(name, stream), EcsError.ResourceAlreadyExists.class,
                "The specified log stream already exists");
    }

    @Test
    void putEvents_toUnknownStream_isResourceNotFound() {
        LogGroupName name = group();
        LogStreamName stream = new LogStreamName("api/web/none");

        assertError(kit.api().logs().putEvents(name, stream, List.of(new LogEvent(Instant.now(), "x", stream))),
                EcsError.ResourceNotFound.class, "The specified log stream does not exist.");
    }

    @Test
    void deleteStream_andDeleteRetention_undoWhatTheyName() {
        LogGroupName name = groupName();
        right(kit.api().logs().createGroup(name, Option.of(new RetentionDays(7))));
        LogStreamName stream = new LogStreamName("api/web/gone");
        right(kit.api().logs().createStream(name, stream));

        right(kit.api().logs().deleteStream(name, stream));
        LogGroup kept = right(kit.api().logs().deleteRetention(name));

        assertThat(right(kit.api().logs().streams(name, Option.none()))).isEmpty();
        assertThat(kept.retention()).isEmpty();
        assertErrorType(kit.api().logs().deleteStream(name, stream), EcsError.ResourceNotFound.class);
        if (backend.lacks(Capability.LOG_STREAM_MESSAGES).isEmpty()) {
            assertError(kit.api().logs().deleteStream(name, stream), EcsError.ResourceNotFound.class, "The specified log stream does not exist.");
        }
    }

    @Test
    void putEvents_storesWhatIsInTime_andAnswersWhatItRejected() {
        LogGroupName name = group();
        LogStreamName stream = new LogStreamName("api/web/task-r");
        right(kit.api().logs().createStream(name, stream));
        Instant now = kit.api().time().now().truncatedTo(ChronoUnit.SECONDS);

        var future = right(kit.api().logs().putEvents(name, stream, List.of(new LogEvent(now.minusSeconds(60), "in time", stream),
                new LogEvent(now.plus(java.time.Duration.ofHours(3)), "from the future", stream))));
        var past = right(kit.api().logs().putEvents(name, stream, List.of(new LogEvent(now.minus(java.time.Duration.ofDays(15)), "ancient", stream),
                new LogEvent(now.minus(java.time.Duration.ofDays(15)).plusSeconds(5), "ancient too", stream))));
        var stored = right(kit.api().logs().events(name, Option.of("api/web/task-r"), now.minus(java.time.Duration.ofDays(20)),
                now.plus(java.time.Duration.ofDays(1))));

        assertThat(future.tooNewLogEventStartIndex()).contains(1);
        assertThat(past.tooOldLogEventEndIndex()).contains(1);
        assertThat(stored.map(LogEvent::message)).containsExactly("in time");
    }

    @Test
    void filterEvents_byPattern_termsPhrasesAlternativesExclusionsAndJson() {
        requires(Capability.LOG_FILTER_PATTERNS);
        LogGroupName name = group();
        LogStreamName stream = new LogStreamName("api/web/task-f");
        right(kit.api().logs().createStream(name, stream));
        Instant t0 = kit.api().time().now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String[] lines = {"ERROR connection refused", "WARN slow query", "ERROR timeout after 30s", "INFO started",
                "{\"level\":\"ERROR\",\"latency\":750,\"path\":\"/orders\"}", "{\"level\":\"INFO\",\"latency\":12,\"path\":\"/health\"}"};
        List<LogEvent> events = List.range(0, lines.length).map(i -> new LogEvent(t0.plusSeconds(i), lines[i], stream));
        right(kit.api().logs().putEvents(name, stream, events));
        java.util.function.Function<String, List<String>> filter = pattern -> right(kit.api().logs().filterEvents(name, Option.none(),
                t0, t0.plusSeconds(60), pattern)).map(LogEvent::message).toList();

        assertThat(filter.apply("ERROR")).containsExactly(lines[0], lines[2], lines[4]);
        assertThat(filter.apply("\"connection refused\"")).containsExactly(lines[0]);
        assertThat(filter.apply("?WARN ?INFO")).containsExactly(lines[1], lines[3], lines[5]);
        assertThat(filter.apply("ERROR -timeout")).containsExactly(lines[0], lines[4]);
        assertThat(filter.apply("{ $.level = \"ERROR\" && $.latency > 500 }")).containsExactly(lines[4]);
        assertThat(filter.apply("{ $.path = \"/h*\" }")).containsExactly(lines[5]);
        assertThat(right(kit.api().logs().testMetricFilter("ERROR", List.of("INFO ok", "ERROR boom", "ERROR again")))).containsExactly(2, 3);
        // a pattern that would backtrack for ever, too long or nested too deep is refused, not run
        var costly = kit.api().logs().testMetricFilter("%(a+)+b%", List.of("a".repeat(5000)));
        var tooLong = kit.api().logs().testMetricFilter("x".repeat(1025), List.of("x"));
        var tooDeep = kit.api().logs().testMetricFilter("{ " + "(".repeat(100) + "$.a = 1" + ")".repeat(100) + " }", List.of("{}"));
        assertThat(costly.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(tooLong.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(tooDeep.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(kit.api().logs().filterEvents(name, Option.none(), t0, t0.plusSeconds(60), "{ $.level = ").getLeft().code())
                .isEqualTo("InvalidParameterException");
    }

    @Test
    void retention_isAppliedOnTheClock_andStoredBytesCountWhatIsKept() {
        requires(Capability.LOG_RETENTION_APPLIED);
        LogGroupName name = group();
        LogStreamName stream = new LogStreamName("api/web/task-x");
        right(kit.api().logs().createStream(name, stream));
        right(kit.api().logs().putRetention(name, RetentionDays.parse(1).get()));
        Instant now = kit.api().time().now().truncatedTo(ChronoUnit.SECONDS);
        right(kit.api().logs().putEvents(name, stream, List.of(new LogEvent(now.minusSeconds(60), "kept for a day", stream))));

        long before = right(kit.api().logs().describeGroup(name)).get().storedBytes();
        backend.passTime(java.time.Duration.ofHours(25));
        long after = right(kit.api().logs().describeGroup(name)).get().storedBytes();
        var left = right(kit.api().logs().events(name, Option.none(), now.minus(java.time.Duration.ofDays(3)), now.plus(java.time.Duration.ofDays(3))));

        assertThat(before).isEqualTo("kept for a day".length() + 26);
        assertThat(after).isZero();
        assertThat(left).isEmpty();
    }

    @Test
    void tags_onALogGroup_areAddedOverwrittenAndRemoved() {
        LogGroupName name = group();

        right(kit.api().logs().tag(name, List.of(io.ecskit.domain.Tag.of("team", "web"), io.ecskit.domain.Tag.of("env", "dev"))));
        right(kit.api().logs().tag(name, List.of(io.ecskit.domain.Tag.of("env", "prod"))));
        right(kit.api().logs().untag(name, List.of("team", "absent")));

        assertThat(right(kit.api().logs().tags(name))).containsExactly(io.ecskit.domain.Tag.of("env", "prod"));
        assertThat(kit.api().logs().tags(new LogGroupName("/ecs/" + fixtures.name("absent"))).getLeft().code())
                .isEqualTo("ResourceNotFoundException");
    }

    @Test
    void metricFilters_arePutDescribedTestedAndDeleted() {
        LogGroupName name = group();
        var transformation = new io.ecskit.domain.logs.MetricFilter.Transformation("Errors", "ecskit/" + fixtures.name("ns"), "1",
                Option.of(0.0), Option.none());
        var filter = new io.ecskit.domain.logs.MetricFilter("errors", "ERROR", name, List.of(transformation), Instant.EPOCH);

        right(kit.api().logs().putMetricFilter(filter));
        var described = right(kit.api().logs().metricFilters(Option.of(name), Option.none(), Option.none(), Option.none()));
        var byMetric = right(kit.api().logs().metricFilters(Option.none(), Option.none(), Option.of("Errors"),
                Option.of(transformation.metricNamespace())));
        right(kit.api().logs().deleteMetricFilter(name, "errors"));
        var again = kit.api().logs().deleteMetricFilter(name, "errors");

        assertThat(described.map(f -> f.filterName() + " " + f.filterPattern())).containsExactly("errors ERROR");
        assertThat(described.head().transformations().head().metricName()).isEqualTo("Errors");
        assertThat(byMetric.map(f -> f.logGroupName())).containsExactly(name);
        requires(Capability.METRIC_FILTER_CHECKS);
        assertThat(again.getLeft().code()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void subscriptionFilters_arePutDescribedAndDeleted_atMostTwoPerGroup() {
        requires(Capability.SUBSCRIPTION_FILTERS);
        LogGroupName name = group();
        String destination = "arn:aws:lambda:" + kit.region() + ":" + kit.accountId() + ":function:ship-logs";
        java.util.function.Function<String, io.ecskit.domain.logs.SubscriptionFilter> filter = filterName ->
                new io.ecskit.domain.logs.SubscriptionFilter(filterName, name, "ERROR", destination, Option.none(), "ByLogStream", Instant.EPOCH);

        right(kit.api().logs().putSubscriptionFilter(filter.apply("one")));
        right(kit.api().logs().putSubscriptionFilter(filter.apply("two")));
        var third = kit.api().logs().putSubscriptionFilter(filter.apply("three"));
        var described = right(kit.api().logs().subscriptionFilters(name, Option.none()));
        right(kit.api().logs().deleteSubscriptionFilter(name, "one"));

        assertThat(third.getLeft().code()).isEqualTo("LimitExceededException");
        assertThat(described.map(io.ecskit.domain.logs.SubscriptionFilter::filterName)).containsExactly("one", "two");
        assertThat(described.head().destinationArn()).isEqualTo(destination);
        assertThat(right(kit.api().logs().subscriptionFilters(name, Option.none())).map(io.ecskit.domain.logs.SubscriptionFilter::filterName))
                .containsExactly("two");
    }

    /** Three streams, two under "api/", written at t0+1..t0+9 s; returns t0. */
    private Instant threeStreams(LogGroupName name) {
        LogStreamName a = new LogStreamName("api/web/task-a");
        LogStreamName b = new LogStreamName("api/web/task-b");
        LogStreamName other = new LogStreamName("worker/job/task-c");
        List.of(a, b, other).forEach(s -> right(kit.api().logs().createStream(name, s)));
        Instant t0 = kit.api().time().now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        right(kit.api().logs().putEvents(name, a, List.of(new LogEvent(t0.plusSeconds(1), "a1", a), new LogEvent(t0.plusSeconds(4), "a4", a))));
        right(kit.api().logs().putEvents(name, b, List.of(new LogEvent(t0.plusSeconds(2), "b2", b), new LogEvent(t0.plusSeconds(9), "b9", b))));
        right(kit.api().logs().putEvents(name, other, List.of(new LogEvent(t0.plusSeconds(3), "c3", other))));
        return t0;
    }

    @Test
    void events_acrossStreamsInAWindow_comeInTimestampOrder() {
        LogGroupName name = group();
        Instant t0 = threeStreams(name);

        var events = right(kit.api().logs().events(name, Option.none(), t0, t0.plusSeconds(5)));

        assertThat(events.map(LogEvent::message)).containsExactly("a1", "b2", "c3", "a4");
        assertThat(events.map(e -> e.stream().value()))
                .containsExactly("api/web/task-a", "api/web/task-b", "worker/job/task-c", "api/web/task-a");
        assertThat(right(kit.api().logs().streams(name, Option.of("api/"))).map(s -> s.name().value()))
                .containsExactlyInAnyOrder("api/web/task-a", "api/web/task-b");
    }

    @Test
    void events_withAStreamPrefix_comeOnlyFromThoseStreams() {
        requires(Capability.LOG_STREAM_PREFIX_FILTER);
        LogGroupName name = group();
        Instant t0 = threeStreams(name);

        var events = right(kit.api().logs().events(name, Option.of("api/"), t0, t0.plusSeconds(5)));

        assertThat(events.map(LogEvent::message)).containsExactly("a1", "b2", "a4");
    }
}
