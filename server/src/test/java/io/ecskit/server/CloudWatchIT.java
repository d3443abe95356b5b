package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudWatch through clients nobody here wrote: boto3 1.44, which speaks Smithy RPC v2 CBOR to it, and the AWS CLI (whose
 * pinned botocore 1.43 speaks CloudWatch's JSON 1.0): the documented
 * put-metric-alarm and put-metric-data invocations (read from the installed awscli package) run against
 * {@code ecskit server}; describe-alarms answers the alarm with its timestamps (in CBOR as tag 1, which botocore reads as dates);
 * set-alarm-state moves it; get-metric-statistics computes what put-metric-data sent; errors carry CloudWatch's codes;
 * members ecskit does not act on (a Unit, alarm actions other than Application Auto Scaling policies) are refused by name.
 */
class CloudWatchIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> documented(AwsCli cli, String file, String containing) throws Exception {
        for (String line : Files.readAllLines(cli.examples("cloudwatch").resolve(file), StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("aws cloudwatch ") && trimmed.contains(containing)) {
                return AwsCliExamplesIT.tokens(trimmed.substring("aws ".length()));
            }
        }
        throw new AssertionError("no documented invocation with " + containing + " in " + file);
    }

    private static JsonNode ok(AwsCli.Result result) throws Exception {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
    }

    @Test
    void theDocumentedAlarmAndMetricInvocations_runInCbor() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            ok(cli.run(server.endpoint(), "us-east-1", documented(cli, "put-metric-alarm.rst", "Default_Test_Alarm3").toArray(String[]::new)));
            JsonNode described = ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "describe-alarms", "--alarm-names", "Default_Test_Alarm3"));
            JsonNode alarm = described.at("/MetricAlarms/0");
            assertThat(alarm.get("StateValue").asText()).isEqualTo("INSUFFICIENT_DATA");
            assertThat(alarm.get("Namespace").asText()).isEqualTo("CW EXAMPLE METRICS");
            assertThat(alarm.get("Dimensions")).hasSize(2);
            assertThat(alarm.get("Threshold").asDouble()).isEqualTo(50.0);
            assertThat(alarm.get("AlarmConfigurationUpdatedTimestamp").isNumber()).as("JSON 1.0's epoch seconds").isTrue();

            ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "set-alarm-state", "--alarm-name", "Default_Test_Alarm3", "--state-value",
                    "ALARM", "--state-reason", "testing purposes"));
            assertThat(ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "describe-alarms", "--state-value", "ALARM"))
                    .at("/MetricAlarms/0/AlarmName").asText()).isEqualTo("Default_Test_Alarm3");

            List<String> put = new ArrayList<>(documented(cli, "put-metric-data.rst", "--metric-name Buffers"));
            ok(cli.run(server.endpoint(), "us-east-1", put.toArray(String[]::new)));
            String now = server.kit().clock().instant().toString();
            String before = server.kit().clock().instant().minusSeconds(600).toString();
            JsonNode stats = ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "get-metric-statistics", "--namespace", "MyNameSpace",
                    "--metric-name", "Buffers", "--dimensions", "Name=InstanceID,Value=1-23456789", "Name=InstanceType,Value=m1.small",
                    "--start-time", before, "--end-time", server.kit().clock().instant().plusSeconds(60).toString(), "--period", "60",
                    "--statistics", "Maximum", "SampleCount"));
            assertThat(stats.get("Label").asText()).isEqualTo("Buffers");
            assertThat(stats.at("/Datapoints/0/Maximum").asDouble()).isEqualTo(231434333.0);
            assertThat(stats.at("/Datapoints/0/Unit").asText()).isEqualTo("Bytes");
            assertThat(now).isNotEmpty();
        }
    }

    @Test
    void theDocumentedHistoryForMetricAndActionsInvocations_andGetMetricDataPagedByTheCli() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "put-metric-alarm", "--alarm-name", "myalarm", "--namespace", "AWS/EC2",
                    "--metric-name", "CPUUtilization", "--dimensions", "Name=InstanceId,Value=i-0c986c72", "--statistic", "Average",
                    "--period", "60", "--evaluation-periods", "1", "--threshold", "70", "--comparison-operator", "GreaterThanThreshold"));

            JsonNode forMetric = ok(cli.run(server.endpoint(), "us-east-1", documented(cli, "describe-alarms-for-metric.rst", "describe-alarms-for-metric")
                    .toArray(String[]::new)));
            assertThat(forMetric.get("MetricAlarms")).hasSize(1);
            assertThat(forMetric.at("/MetricAlarms/0/AlarmName").asText()).isEqualTo("myalarm");

            ok(cli.run(server.endpoint(), "us-east-1", documented(cli, "disable-alarm-actions.rst", "disable-alarm-actions").toArray(String[]::new)));
            assertThat(ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "describe-alarms", "--alarm-names", "myalarm"))
                    .at("/MetricAlarms/0/ActionsEnabled").asBoolean()).isFalse();
            ok(cli.run(server.endpoint(), "us-east-1", documented(cli, "enable-alarm-actions.rst", "enable-alarm-actions").toArray(String[]::new)));
            assertThat(ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "describe-alarms", "--alarm-names", "myalarm"))
                    .at("/MetricAlarms/0/ActionsEnabled").asBoolean()).isTrue();

            ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "set-alarm-state", "--alarm-name", "myalarm", "--state-value", "ALARM",
                    "--state-reason", "testing purposes"));
            JsonNode history = ok(cli.run(server.endpoint(), "us-east-1", documented(cli, "describe-alarm-history.rst", "describe-alarm-history")
                    .toArray(String[]::new)));
            assertThat(history.get("AlarmHistoryItems")).hasSize(1);
            assertThat(history.at("/AlarmHistoryItems/0/HistorySummary").asText()).isEqualTo("Alarm updated from INSUFFICIENT_DATA to ALARM");
            assertThat(history.at("/AlarmHistoryItems/0/HistoryItemType").asText()).isEqualTo("StateUpdate");
            assertThat(JSON.readTree(history.at("/AlarmHistoryItems/0/HistoryData").asText()).at("/newState/stateValue").asText()).isEqualTo("ALARM");

            // three minutes of a metric, two values a page (--page-size is MaxDatapoints; naming --max-datapoints itself would turn the
            // CLI's paging off, as it does against AWS): the CLI follows NextToken and gets all three, newest first
            java.time.Instant now = server.kit().clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            for (int minute = 1; minute <= 3; minute++) {
                ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "put-metric-data", "--namespace", "Shop", "--metric-name", "Orders",
                        "--value", String.valueOf(minute * 10), "--timestamp", now.minusSeconds(60L * (4 - minute)).toString()));
            }
            JsonNode data = ok(cli.run(server.endpoint(), "us-east-1", "cloudwatch", "get-metric-data", "--start-time",
                    now.minusSeconds(600).toString(), "--end-time", now.plusSeconds(60).toString(), "--page-size", "2", "--metric-data-queries",
                    "[{\"Id\":\"orders\",\"MetricStat\":{\"Metric\":{\"Namespace\":\"Shop\",\"MetricName\":\"Orders\"},\"Period\":60,\"Stat\":\"Sum\"}}]"));
            List<Double> values = new ArrayList<>();
            for (JsonNode result : data.get("MetricDataResults")) {
                assertThat(result.get("Id").asText()).isEqualTo("orders");
                result.get("Values").forEach(v -> values.add(v.asDouble()));
            }
            assertThat(values).containsExactly(30.0, 20.0, 10.0);
            AwsCli.Result math = cli.run(server.endpoint(), "us-east-1", "cloudwatch", "get-metric-data", "--start-time", now.minusSeconds(600).toString(),
                    "--end-time", now.toString(), "--metric-data-queries", "[{\"Id\":\"twice\",\"Expression\":\"2*orders\"}]");
            assertThat(math.stderr()).contains("(InvalidParameterValue)").contains("metric math");
        }
    }

    @Test
    void boto3_speaksCbor_andReadsTimestampsAndErrors() throws Exception {
        io.ecskit.adapter.aws.testing.Boto3 boto3 = io.ecskit.adapter.aws.testing.Boto3.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            AwsCli.Result result = boto3.run(server.endpoint(), "us-east-1", """
                    cw = client('cloudwatch')
                    assert cw.meta.service_model.protocol == 'smithy-rpc-v2-cbor', cw.meta.service_model.protocol
                    cw.put_metric_alarm(AlarmName='cbor', Namespace='App', MetricName='Errors', Statistic='Sum', Period=60,
                                        EvaluationPeriods=1, Threshold=5, ComparisonOperator='GreaterThanOrEqualToThreshold')
                    cw.put_metric_data(Namespace='App', MetricData=[{'MetricName': 'Errors', 'Value': 7.0, 'Unit': 'Count'}])
                    alarm = cw.describe_alarms(AlarmNames=['cbor'])['MetricAlarms'][0]
                    stats = cw.get_metric_statistics(Namespace='App', MetricName='Errors', Period=60, Statistics=['Sum'],
                        StartTime=alarm['AlarmConfigurationUpdatedTimestamp'] - datetime.timedelta(minutes=5),
                        EndTime=alarm['AlarmConfigurationUpdatedTimestamp'] + datetime.timedelta(minutes=5))
                    try:
                        cw.set_alarm_state(AlarmName='nobody', StateValue='OK', StateReason='x')
                        error = None
                    except cw.exceptions.ResourceNotFound as e:
                        error = e.response['Error']
                    print(json.dumps({'updated': type(alarm['AlarmConfigurationUpdatedTimestamp']).__name__, 'state': alarm['StateValue'],
                                      'sum': stats['Datapoints'][0]['Sum'], 'error': error}))
                    """);

            assertThat(result.exitCode()).as(result.stderr()).isZero();
            JsonNode answer = JSON.readTree(result.stdout());
            assertThat(answer.get("updated").asText()).as("a CBOR tag 1 timestamp, read as a date").isEqualTo("datetime");
            assertThat(answer.get("state").asText()).isEqualTo("INSUFFICIENT_DATA");
            assertThat(answer.get("sum").asDouble()).isEqualTo(7.0);
            assertThat(answer.at("/error/Code").asText()).isEqualTo("ResourceNotFound");
            assertThat(answer.at("/error/Message").asText()).isEqualTo("Alarm nobody not found");
        }
    }

    @Test
    void errors_carryCloudWatchsCodes_andActionsAreRefusedByName() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            AwsCli.Result missing = cli.run(server.endpoint(), "us-east-1", "cloudwatch", "set-alarm-state", "--alarm-name", "nobody",
                    "--state-value", "OK", "--state-reason", "x");
            AwsCli.Result ours = cli.run(server.endpoint(), "us-east-1", "cloudwatch", "put-metric-data", "--namespace", "AWS/ECS",
                    "--metric-name", "CPUUtilization", "--value", "1");
            AwsCli.Result actions = cli.run(server.endpoint(), "us-east-1", documented(cli, "put-metric-alarm.rst", "cpu-mon").toArray(String[]::new));

            assertThat(missing.stderr()).contains("(ResourceNotFound)").contains("Alarm nobody not found");
            assertThat(ours.stderr()).contains("(InvalidParameterValue)").contains("The value AWS/ECS for parameter Namespace is invalid.");
            AwsCli.Result sns = cli.run(server.endpoint(), "us-east-1", "cloudwatch", "put-metric-alarm", "--alarm-name", "page-ops",
                    "--namespace", "App", "--metric-name", "Errors", "--statistic", "Sum", "--period", "60", "--evaluation-periods", "1",
                    "--threshold", "1", "--comparison-operator", "GreaterThanThreshold", "--alarm-actions", "arn:aws:sns:us-east-1:111122223333:ops");
            // the documented example names a Unit and an SNS action: both are refused by name, the first one found is named
            assertThat(actions.exitCode()).isNotZero();
            assertThat(actions.stderr()).contains("(InvalidParameterValue)").contains("PutMetricAlarm.Unit");
            assertThat(sns.exitCode()).isNotZero();
            assertThat(sns.stderr()).contains("AlarmActions other than Application Auto Scaling policies");
        }
    }
}
