package io.ecskit.contract;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Datapoint;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.metrics.MetricDatum;
import io.ecskit.port.out.MetricsPort;
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
 * MetricsPort: CloudWatch metrics and metric alarms as ECS workloads use them (issue 25 item 4). What a test creates is
 * removed after it (alarms; metrics expire on their own).
 */
public abstract class MetricsPortContract extends ContractTest {

    private final Deque<Runnable> cleanUp = new ArrayDeque<>();

    @AfterEach
    final void deleteWhatWasCreated() {
        while (!cleanUp.isEmpty()) {
            cleanUp.pop().run();
        }
    }

    private MetricsPort metrics() {
        requires(Capability.CLOUDWATCH_JAVA_CBOR);
        return kit.api().metrics();
    }

    private void alarm(AlarmSpec spec) {
        right(metrics().putMetricAlarm(spec));
        cleanUp.push(() -> metrics().deleteAlarms(List.of(spec.alarmName())));
    }

    private void assertAwsError(Either<EcsError, ?> either, String code, String message) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        if (backend.lacks(Capability.CLOUDWATCH_MESSAGES).isEmpty()) {
            assertThat(either.getLeft().code()).isEqualTo(code);
            assertThat(either.getLeft().message()).isEqualTo(message);
        }
    }

    private Instant now() {
        return kit.api().time().now();
    }

    @Test
    void putMetricData_isReadBackAsStatistics_andListed() {
        requires(Capability.METRIC_DATA);
        String namespace = "Ecskit/" + fixtures.name("app");
        List<Dimension> api = List.of(new Dimension("Api", "orders"));
        Instant at = now().minus(Duration.ofMinutes(3));
        right(metrics().putMetricData(namespace, List.of(
                new MetricDatum("Latency", api, Option.of(at), Option.of(100.0), List.empty(), List.empty(), Option.none(), Option.of("Milliseconds")),
                new MetricDatum("Latency", api, Option.of(at), Option.of(300.0), List.empty(), List.empty(), Option.none(), Option.of("Milliseconds")))));

        var points = right(metrics().metricStatistics(namespace, "Latency", api, at.minus(Duration.ofMinutes(5)), at.plus(Duration.ofMinutes(5)), 600,
                List.of("Average", "Maximum", "SampleCount")));

        assertThat(points).hasSize(1);
        Datapoint p = points.head();
        assertThat(p.average()).contains(200.0);
        assertThat(p.maximum()).contains(300.0);
        assertThat(p.sampleCount()).contains(2.0);
        assertThat(right(metrics().metrics(Option.of(namespace), Option.none(), List.empty())).map(m -> m.metricName())).containsExactly("Latency");
    }

    @Test
    void putMetricAlarm_isDescribed_insufficientDataFirst_andSetAlarmStateMovesIt() {
        String name = fixtures.name("latency-high");
        alarm(AlarmSpec.of(name, "Ecskit/App", "Latency", List.of(new Dimension("Api", "orders")), "Average", "GreaterThanThreshold", 250, 1));

        MetricAlarm made = right(metrics().alarms(List.of(name), Option.none(), Option.none())).single();
        right(metrics().setAlarmState(name, "ALARM", "testing the deployment alarm"));
        MetricAlarm set = right(metrics().alarms(List.of(name), Option.none(), Option.none())).single();

        assertThat(made.stateValue()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(made.alarmArn()).isEqualTo("arn:aws:cloudwatch:" + kit.region() + ":" + kit.accountId() + ":alarm:" + name);
        assertThat(made.spec().threshold()).isEqualTo(250.0);
        assertThat(made.spec().comparisonOperator()).isEqualTo("GreaterThanThreshold");
        assertThat(set.stateValue()).isEqualTo("ALARM");
        assertThat(set.stateReason()).isEqualTo("testing the deployment alarm");
        assertThat(right(metrics().alarms(List.empty(), Option.of(name), Option.of("ALARM"))).map(a -> a.spec().alarmName())).containsExactly(name);
    }

    @Test
    void anAlarm_isEvaluatedOnTheClock_fromTheDataPut() {
        requires(Capability.ALARM_EVALUATION);
        requires(Capability.METRIC_DATA);
        String namespace = "Ecskit/" + fixtures.name("eval");
        String name = fixtures.name("errors");
        // 1 of the last 3 periods breaching: the datum stays in the window for three minutes (a lone datum ages out, as on AWS)
        alarm(new AlarmSpec(name, Option.none(), namespace, "Errors", List.empty(), "Sum", 60, 3, Option.of(1), 5, "GreaterThanOrEqualToThreshold",
                Option.none(), Option.none(), List.empty(), List.empty()));
        right(metrics().putMetricData(namespace, List.of(MetricDatum.of("Errors", 7))));

        backend.passTime(Duration.ofMinutes(2));

        assertThat(right(metrics().alarms(List.of(name), Option.none(), Option.none())).single().stateValue()).isEqualTo("ALARM");
    }

    @Test
    void cloudWatchRefuses_awsNamespaces_missingAlarms_andBackwardRanges() {
        Instant t = now();
        if (backend.lacks(Capability.CLOUDWATCH_NAMESPACE_CHECKS).isEmpty() && backend.lacks(Capability.METRIC_DATA).isEmpty()) {
            assertAwsError(metrics().putMetricData("AWS/ECS", List.of(MetricDatum.of("CPUUtilization", 1))), "InvalidParameterValue",
                    "The value AWS/ECS for parameter Namespace is invalid.");
        }
        String missing = fixtures.name("missing");
        assertAwsError(metrics().setAlarmState(missing, "OK", "x"), "ResourceNotFound", "Alarm " + missing + " not found");
        assertAwsError(metrics().metricStatistics("Ecskit/App", "x", List.empty(), t, t.minusSeconds(60), 60, List.of("Sum")),
                "InvalidParameterValue", "The parameter StartTime must be less than the parameter EndTime.");
    }
    @Test
    void getMetricData_answersEachQuery_newestFirst_andLeavesOutWhatIsNotReturned() {
        requires(Capability.METRIC_DATA);
        String namespace = "Ecskit/" + fixtures.name("data");
        List<Dimension> api = List.of(new Dimension("Api", "orders"));
        Instant first = now().minus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        right(metrics().putMetricData(namespace, List.of(
                new MetricDatum("Requests", api, Option.of(first), Option.of(10.0), List.empty(), List.empty(), Option.none(), Option.of("Count")),
                new MetricDatum("Requests", api, Option.of(first.plusSeconds(60)), Option.of(30.0), List.empty(), List.empty(), Option.none(),
                        Option.of("Count")))));
        var sum = io.ecskit.domain.metrics.MetricDataQuery.of("requests", namespace, "Requests", api, 60, "Sum");
        var hidden = new io.ecskit.domain.metrics.MetricDataQuery("hidden", sum.metric(), 60, "Maximum", Option.none(), Option.of("max"), false);

        var results = right(metrics().metricData(List.of(sum, hidden), first.minus(Duration.ofMinutes(1)), first.plus(Duration.ofMinutes(5)), false));

        assertThat(results.map(r -> r.id())).containsExactly("requests");
        var requests = results.single();
        assertThat(requests.label()).isEqualTo("Requests");
        assertThat(requests.values()).containsExactly(30.0, 10.0);
        assertThat(requests.timestamps()).containsExactly(first.plusSeconds(60), first);
        assertThat(requests.statusCode()).isEqualTo("Complete");
        var ascending = right(metrics().metricData(List.of(sum), first.minus(Duration.ofMinutes(1)), first.plus(Duration.ofMinutes(5)), true)).single();
        assertThat(ascending.values()).containsExactly(10.0, 30.0);
    }

    @Test
    void describeAlarmsForMetric_findsTheAlarmsOnExactlyThatMetric_andActionsCanBeDisabled() {
        requires(Capability.ALARMS_FOR_METRIC);
        String namespace = "Ecskit/" + fixtures.name("for");
        String name = fixtures.name("for-alarm");
        List<Dimension> api = List.of(new Dimension("Api", "orders"));
        alarm(AlarmSpec.of(name, namespace, "Latency", api, "Average", "GreaterThanThreshold", 250, 1));
        alarm(AlarmSpec.of(fixtures.name("other"), namespace, "Latency", List.of(new Dimension("Api", "carts")), "Average", "GreaterThanThreshold", 250, 1));

        var found = right(metrics().alarmsForMetric(namespace, "Latency", api, Option.none(), Option.none()));
        assertThat(found.map(a -> a.spec().alarmName())).containsExactly(name);
        assertThat(right(metrics().alarmsForMetric(namespace, "Latency", api, Option.of("Maximum"), Option.none()))).isEmpty();

        right(metrics().alarmActions(List.of(name, fixtures.name("no-such-alarm")), false));
        assertThat(right(metrics().alarms(List.of(name), Option.none(), Option.none())).single().spec().actionsEnabled()).contains(false);
        right(metrics().alarmActions(List.of(name), true));
        assertThat(right(metrics().alarms(List.of(name), Option.none(), Option.none())).single().spec().actionsEnabled()).contains(true);
    }

    @Test
    void describeAlarmHistory_tellsWhenAnAlarmWasMade_andEachChangeOfState() {
        requires(Capability.ALARM_HISTORY);
        String name = fixtures.name("history");
        alarm(AlarmSpec.of(name, "Ecskit/App", "Latency", List.of(new Dimension("Api", "orders")), "Average", "GreaterThanThreshold", 250, 1));
        right(metrics().setAlarmState(name, "ALARM", "testing the history"));

        var history = right(metrics().alarmHistory(Option.of(name), Option.none(), Option.none(), Option.none(), false));

        assertThat(history.map(h -> h.historyItemType())).containsExactly("StateUpdate", "ConfigurationUpdate");
        assertThat(history.head().historySummary()).isEqualTo("Alarm updated from INSUFFICIENT_DATA to ALARM");
        assertThat(history.last().historySummary()).isEqualTo("Alarm \"" + name + "\" created");
        assertThat(history).allMatch(h -> h.alarmType().equals("MetricAlarm") && h.alarmName().equals(name));
        assertThat(right(metrics().alarmHistory(Option.of(name), Option.of("StateUpdate"), Option.none(), Option.none(), true))).hasSize(1);
    }
    @Test
    void anAlarmsTags_areListedAddedAndRemoved_byItsArn() {
        String name = fixtures.name("tagged");
        alarm(AlarmSpec.of(name, "Ecskit/App", "Latency", List.of(new Dimension("Api", "orders")), "Average", "GreaterThanThreshold", 250, 1));
        String arn = right(metrics().alarms(List.of(name), Option.none(), Option.none())).single().alarmArn();

        right(metrics().tagResource(arn, List.of(io.ecskit.domain.Tag.of("team", "web"))));
        assertThat(right(metrics().tags(arn))).containsExactly(io.ecskit.domain.Tag.of("team", "web"));
        right(metrics().untagResource(arn, List.of("team")));
        assertThat(right(metrics().tags(arn))).isEmpty();
        assertThat(right(metrics().alarms(List.of(name), Option.none(), Option.none())).single().stateValue()).isEqualTo("INSUFFICIENT_DATA");
    }
}
