package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.events.Event;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.metrics.MetricDatum;
import io.ecskit.domain.service.DeploymentAlarms;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceUpdate;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudWatch in the simulation (issue 25 item 4): a service under scripted load reports AWS/ECS CPUUtilization each
 * minute; an alarm on it is evaluated on the clock and goes into ALARM; a deployment watching the alarm rolls back; the
 * alarm's state changes go to EventBridge; PutMetricData and GetMetricStatistics as CloudWatch computes them; its checks.
 */
class CloudWatchTest {

    private static final List<Dimension> WEB = List.of(new Dimension("ClusterName", "sim"), new Dimension("ServiceName", "web"));

    @Test
    void anAlarmOnTheServicesCpu_firesUnderLoad_andTheDeploymentWatchingItRollsBack() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        java.util.List<Event> seen = new ArrayList<>();
        kit.simulator().listen(seen::add);
        SimulatedRuntimeTest.deploy(kit, 2, DeploymentCircuitBreaker.DISABLED);
        kit.simulator().advance(Duration.ofMinutes(5));
        kit.api().metrics().putMetricAlarm(AlarmSpec.of("web-cpu-high", "AWS/ECS", "CPUUtilization", WEB, "Average",
                "GreaterThanOrEqualToThreshold", 80, 2)).get();
        // the running tasks get busy: the alarm is in ALARM by the time the next deployment starts
        kit.simulator().serviceLoad(SimulatedRuntimeTest.CLUSTER, SimulatedRuntimeTest.SERVICE, 95, 40);
        kit.simulator().advance(Duration.ofMinutes(3));
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .taskDefinition(TaskDefinitionRef.latest("web")).forceNewDeployment(true)
                .deploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(200)
                        .alarms(new DeploymentAlarms(List.of("web-cpu-high"), true, true)).build()).build()).get();

        kit.simulator().advance(Duration.ofMinutes(5));

        MetricAlarm alarm = kit.api().metrics().alarms(List.of("web-cpu-high"), Option.none(), Option.none()).get().single();
        assertThat(alarm.stateValue()).isEqualTo("ALARM");
        assertThat(alarm.stateReason()).startsWith("Threshold Crossed: 2 out of the last 2 datapoints [95.0 (");
        var points = kit.api().metrics().metricStatistics("AWS/ECS", "CPUUtilization", WEB, kit.clock().instant().minus(Duration.ofMinutes(5)),
                kit.clock().instant(), 60, List.of("Average", "SampleCount")).get();
        assertThat(points).isNotEmpty().allMatch(p -> p.average().contains(95.0) && p.sampleCount().contains(1.0) && p.sum().isEmpty());
        Service service = SimulatedRuntimeTest.service(kit);
        assertThat(service.events().map(e -> e.message())).anyMatch(m -> m.contains("deployment failed: rolling back to"));
        assertThat(seen).anyMatch(e -> e.detailType().equals("ECS Deployment State Change") && e.detail().contains("SERVICE_DEPLOYMENT_FAILED")
                && e.detail().contains("CloudWatch alarm(s) web-cpu-high in ALARM"));
        assertThat(seen).anyMatch(e -> e.source().equals("aws.cloudwatch") && e.detailType().equals("CloudWatch Alarm State Change")
                && e.detail().contains("\"value\":\"ALARM\""));
    }

    @Test
    void putMetricData_isAggregatedPerPeriod_asGetMetricStatisticsAnswers() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var cw = kit.api().metrics();
        Instant now = kit.clock().instant();
        Instant minute = Instant.ofEpochSecond(now.getEpochSecond() / 60 * 60).minus(Duration.ofMinutes(2));
        List<Dimension> api = List.of(new Dimension("Api", "orders"));
        cw.putMetricData("App", List.of(
                new MetricDatum("Latency", api, Option.of(minute.plusSeconds(1)), Option.of(100.0), List.empty(), List.empty(), Option.none(), Option.of("Milliseconds")),
                new MetricDatum("Latency", api, Option.of(minute.plusSeconds(2)), Option.none(), List.of(200.0, 300.0), List.of(1.0, 2.0), Option.none(),
                        Option.of("Milliseconds")))).get();

        var points = cw.metricStatistics("App", "Latency", api, minute, minute.plusSeconds(120), 60,
                List.of("SampleCount", "Sum", "Minimum", "Maximum", "Average")).get();

        assertThat(points).hasSize(1);
        assertThat(points.head().sampleCount()).contains(4.0);
        assertThat(points.head().sum()).contains(900.0);
        assertThat(points.head().average()).contains(225.0);
        assertThat(points.head().minimum()).contains(100.0);
        assertThat(points.head().maximum()).contains(300.0);
        assertThat(cw.metrics(Option.of("App"), Option.none(), List.empty()).get().map(m -> m.metricName())).containsExactly("Latency");
    }

    @Test
    void cloudWatchRefuses_whatItRefuses_inItsWords() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var cw = kit.api().metrics();
        Instant now = kit.clock().instant();

        assertThat(cw.putMetricData("AWS/ECS", List.of(MetricDatum.of("x", 1))).getLeft().message())
                .isEqualTo(EcsRule.METRIC_NAMESPACE_OURS.message("AWS/ECS"));
        assertThat(cw.putMetricData("App", List.of(new MetricDatum("x", List.empty(), Option.of(now.minus(Duration.ofDays(15))), Option.of(1.0),
                List.empty(), List.empty(), Option.none(), Option.none()))).getLeft().code()).isEqualTo("InvalidParameterValue");
        assertThat(cw.metricStatistics("App", "x", List.empty(), now, now.minusSeconds(1), 60, List.of("Sum")).getLeft().message())
                .isEqualTo(EcsRule.METRIC_TIME_RANGE.message());
        assertThat(cw.metricStatistics("App", "x", List.empty(), now.minus(Duration.ofDays(2)), now, 60, List.of("Sum")).getLeft().message())
                .startsWith("You have requested up to 2,880 datapoints");
        assertThat(cw.putMetricAlarm(new AlarmSpec("a", Option.none(), "App", "x", List.empty(), "Average", 45, 1, Option.none(), 1,
                "GreaterThanThreshold", Option.none(), Option.none(), List.empty(), List.empty())).getLeft().message()).isEqualTo(EcsRule.METRIC_PERIOD_VALID.message());
        assertThat(cw.setAlarmState("missing", "ALARM", "test").getLeft().message()).isEqualTo("Alarm missing not found");
        assertThat(cw.putMetricAlarm(AlarmSpec.of("b", "App", "x", List.empty(), "Median", "Above", 1, 1)).getLeft().message())
                .startsWith("2 validation errors detected: ");
    }

    @Test
    void aMetricFilter_turnsMatchingLogEventsIntoItsMetric_whichAnAlarmWatches() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var group = new io.ecskit.domain.logs.LogGroupName("/app/orders");
        var stream = new io.ecskit.domain.logs.LogStreamName("web-1");
        kit.api().logs().createGroup(group, Option.none()).get();
        kit.api().logs().createStream(group, stream).get();
        kit.api().logs().putMetricFilter(new io.ecskit.domain.logs.MetricFilter("errors", "ERROR", group, List.of(
                new io.ecskit.domain.logs.MetricFilter.Transformation("Errors", "Orders", "1", Option.of(0.0), Option.of("Count"))),
                Instant.EPOCH)).get();
        kit.api().logs().putMetricFilter(new io.ecskit.domain.logs.MetricFilter("latency", "{ $.latency > 0 }", group, List.of(
                new io.ecskit.domain.logs.MetricFilter.Transformation("Latency", "Orders", "$.latency", Option.none(), Option.none())),
                Instant.EPOCH)).get();
        kit.api().metrics().putMetricAlarm(AlarmSpec.of("orders-errors", "Orders", "Errors", List.empty(), "Sum", "GreaterThanOrEqualToThreshold", 2, 1)).get();
        Instant now = kit.clock().instant();

        kit.api().logs().putEvents(group, stream, List.of(new io.ecskit.domain.logs.LogEvent(now, "ERROR payment declined", stream),
                new io.ecskit.domain.logs.LogEvent(now, "{\"latency\": 250}", stream),
                new io.ecskit.domain.logs.LogEvent(now, "ERROR stock missing", stream))).get();
        kit.simulator().advance(Duration.ofSeconds(61));
        // the minute's two errors: the alarm's one period breaches (the next minute, with no data, it has none to judge)
        String state = kit.api().metrics().alarms(List.of("orders-errors"), Option.none(), Option.none()).get().single().stateValue();

        var errors = kit.api().metrics().metricStatistics("Orders", "Errors", List.empty(), now.minusSeconds(60), now.plusSeconds(120), 60,
                List.of("Sum")).get();
        var latency = kit.api().metrics().metricStatistics("Orders", "Latency", List.empty(), now.minusSeconds(60), now.plusSeconds(120), 60,
                List.of("Maximum")).get();
        assertThat(errors.map(p -> p.sum().get())).containsExactly(2.0);
        assertThat(latency.map(p -> p.maximum().get())).containsExactly(250.0);
        assertThat(state).isEqualTo("ALARM");
    }

    @Test
    void missingData_treatedAsNotBreaching_isSaidAsCloudWatchSaysIt() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.api().metrics().putMetricAlarm(new AlarmSpec("quiet", Option.none(), "App", "Errors", List.empty(), "Sum", 60, 1, Option.none(), 1,
                "GreaterThanThreshold", Option.of("notBreaching"), Option.none(), List.empty(), List.empty())).get();

        kit.simulator().advance(Duration.ofSeconds(61));

        MetricAlarm alarm = kit.api().metrics().alarms(List.of("quiet"), Option.none(), Option.none()).get().single();
        assertThat(alarm.stateValue()).isEqualTo("OK");
        assertThat(alarm.stateReason())
                .isEqualTo("Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].");
    }
    @Test
    void containerInsights_reportsTheServicesTaskCounts_eachMinute() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        SimulatedRuntimeTest.deploy(kit, 2, io.ecskit.domain.service.DeploymentCircuitBreaker.DISABLED);
        var dims = List.of(new Dimension("ClusterName", "sim"), new Dimension("ServiceName", "web"));
        kit.simulator().advance(Duration.ofMinutes(3));
        assertThat(kit.api().metrics().metrics(Option.of("ECS/ContainerInsights"), Option.none(), List.empty()).get()).as("off by default").isEmpty();

        kit.api().clusters().updateSettings(SimulatedRuntimeTest.CLUSTER, List.of(new io.ecskit.domain.cluster.ClusterSetting(
                Option.of(io.ecskit.domain.cluster.ClusterSettingName.CONTAINER_INSIGHTS), Option.of("enabled")))).get();
        kit.simulator().advance(Duration.ofMinutes(3));
        java.time.Instant now = kit.simulator().now();
        var running = kit.api().metrics().metricStatistics("ECS/ContainerInsights", "RunningTaskCount", dims, now.minus(Duration.ofMinutes(2)), now, 60,
                List.of("Average")).get();
        assertThat(running).isNotEmpty().allMatch(d -> d.average().contains(2.0));
        assertThat(kit.api().metrics().metrics(Option.of("ECS/ContainerInsights"), Option.none(), dims).get().map(m -> m.metricName()))
                .containsExactlyInAnyOrder("RunningTaskCount", "PendingTaskCount", "DesiredTaskCount");
    }
}
