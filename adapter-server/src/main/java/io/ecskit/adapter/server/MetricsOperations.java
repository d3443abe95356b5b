package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.metrics.MetricDatum;
import io.ecskit.domain.metrics.StatisticSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.cloudwatch.model.*;

import java.util.Map;
import java.util.Set;

/**
 * CloudWatch ({@code GraniteServiceVersion20100801}) on {@link io.ecskit.port.out.MetricsPort}: the server table's rows
 * for metrics and metric alarms (issue 25 item 4), reached in Smithy RPC v2 CBOR ({@link CborWire}, what botocore and the
 * AWS SDK for Java send) or in JSON 1.0 with {@code X-Amz-Target}. Members a row does not act on are refused by name;
 * DescribeAlarms pages by {@code MaxRecords} (1..100, 50 by default), ListMetrics by 500.
 */
final class MetricsOperations {

    static final String SERVICE = "GraniteServiceVersion20100801";
    static final String PREFIX = SERVICE + ".";

    private MetricsOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "PutMetricData", (kit, body) -> {
            var r = Wire.read(body, PutMetricDataRequest::builder, "PutMetricData", Set.of("Namespace", "MetricData"), "InvalidParameterValue");
            required(r.namespace(), "Namespace");
            Seq<MetricDatum> data = List.ofAll(r.metricData()).map(d -> {
                if (d.metricName() == null) {
                    throw new Wire.Refused(Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, "MetricData.member.N.MetricName")));
                }
                if (d.storageResolution() != null && d.storageResolution() != 60) {
                    throw new Wire.Refused(Answer.error(EcsError.of(EcsRule.METRIC_MEMBER_MODELLED, "high-resolution StorageResolution")));
                }
                return new MetricDatum(d.metricName(), dimensions(d.dimensions()), Option.of(d.timestamp()), Option.of(d.value()),
                        List.ofAll(d.values()), List.ofAll(d.counts()), Option.of(d.statisticValues()).map(s -> new StatisticSet(s.sampleCount(),
                        s.sum(), s.minimum(), s.maximum())), Option.of(d.unitAsString()));
            });
            return kit.api().metrics().putMetricData(r.namespace(), data).fold(Answer::error, done -> Answer.ok(PutMetricDataResponse.builder().build()));
        });
        operations.put(PREFIX + "GetMetricStatistics", (kit, body) -> {
            var r = Wire.read(body, GetMetricStatisticsRequest::builder, "GetMetricStatistics", Set.of("Namespace", "MetricName", "Dimensions",
                    "StartTime", "EndTime", "Period", "Statistics", "Unit"), "InvalidParameterValue");
            required(r.namespace(), "Namespace");
            required(r.metricName(), "MetricName");
            required(r.startTime(), "StartTime");
            required(r.endTime(), "EndTime");
            required(r.period(), "Period");
            return kit.api().metrics().metricStatistics(r.namespace(), r.metricName(), dimensions(r.dimensions()), r.startTime(), r.endTime(),
                    r.period(), List.ofAll(r.statisticsAsStrings())).fold(Answer::error, points -> Answer.ok(GetMetricStatisticsResponse.builder()
                    .label(r.metricName()).datapoints(points.filter(p -> r.unitAsString() == null || p.unit().contains(r.unitAsString()))
                            .map(p -> Datapoint.builder().timestamp(p.timestamp()).sampleCount(p.sampleCount().getOrNull())
                                    .average(p.average().getOrNull()).sum(p.sum().getOrNull()).minimum(p.minimum().getOrNull())
                                    .maximum(p.maximum().getOrNull()).unit(p.unit().getOrNull()).build()).asJava()).build()));
        });
        operations.put(PREFIX + "ListMetrics", (kit, body) -> {
            var r = Wire.read(body, ListMetricsRequest::builder, "ListMetrics", Set.of("Namespace", "MetricName", "Dimensions", "NextToken"), "InvalidParameterValue");
            Seq<io.ecskit.domain.metrics.Dimension> filters = List.ofAll(r.dimensions()).map(f -> new io.ecskit.domain.metrics.Dimension(f.name(),
                    f.value() == null ? "" : f.value()));
            return kit.api().metrics().metrics(Option.of(r.namespace()), Option.of(r.metricName()), filters).fold(Answer::error, all -> {
                Pages.Page<io.ecskit.domain.metrics.Metric> page = Pages.request("ListMetrics", null, r.nextToken(), 500, 500)
                        .of(all, m -> m.namespace() + "|" + m.metricName() + "|" + m.dimensions().mkString(","));
                return Answer.ok(ListMetricsResponse.builder().metrics(page.items().map(m -> Metric.builder().namespace(m.namespace())
                        .metricName(m.metricName()).dimensions(m.dimensions().map(d -> Dimension.builder().name(d.name()).value(d.value()).build())
                                .asJava()).build()).asJava()).nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(PREFIX + "PutMetricAlarm", (kit, body) -> {
            var r = Wire.read(body, PutMetricAlarmRequest::builder, "PutMetricAlarm", Set.of("AlarmName", "AlarmDescription", "ActionsEnabled",
                    "MetricName", "Namespace", "Statistic", "Dimensions", "Period", "EvaluationPeriods", "DatapointsToAlarm", "Threshold",
                    "ComparisonOperator", "TreatMissingData", "AlarmActions", "Tags"), "InvalidParameterValue");
            for (var member : java.util.List.of(java.util.Map.entry("AlarmName", Option.of(r.alarmName())),
                    java.util.Map.entry("MetricName", Option.of(r.metricName())), java.util.Map.entry("Namespace", Option.of(r.namespace())),
                    java.util.Map.entry("Statistic", Option.of(r.statisticAsString())), java.util.Map.entry("Period", Option.of(r.period())),
                    java.util.Map.entry("EvaluationPeriods", Option.of(r.evaluationPeriods())), java.util.Map.entry("Threshold", Option.of(r.threshold())),
                    java.util.Map.entry("ComparisonOperator", Option.of(r.comparisonOperatorAsString())))) {
                if (member.getValue().isEmpty()) {
                    return Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, member.getKey()));
                }
            }
            return kit.api().metrics().putMetricAlarm(new AlarmSpec(r.alarmName(), Option.of(r.alarmDescription()), r.namespace(), r.metricName(),
                            dimensions(r.dimensions()), r.statisticAsString(), r.period(), r.evaluationPeriods(), Option.of(r.datapointsToAlarm()),
                            r.threshold(), r.comparisonOperatorAsString(), Option.of(r.treatMissingData()), Option.of(r.actionsEnabled()),
                            List.ofAll(r.alarmActions()), List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value()))))
                    .fold(Answer::error, done -> Answer.ok(PutMetricAlarmResponse.builder().build()));
        });
        operations.put(PREFIX + "DescribeAlarms", (kit, body) -> {
            var r = Wire.read(body, DescribeAlarmsRequest::builder, "DescribeAlarms", Set.of("AlarmNames", "AlarmNamePrefix", "AlarmTypes",
                    "StateValue", "MaxRecords", "NextToken"), "InvalidParameterValue");
            boolean metricAlarms = !r.hasAlarmTypes() || r.alarmTypesAsStrings().contains("MetricAlarm");
            return kit.api().metrics().alarms(List.ofAll(r.alarmNames()), Option.of(r.alarmNamePrefix()), Option.of(r.stateValueAsString()))
                    .fold(Answer::error, all -> {
                        Pages.Page<MetricAlarm> page = Pages.request("DescribeAlarms", r.maxRecords(), r.nextToken(), 50, 100)
                                .of(metricAlarms ? all : List.empty(), a -> a.spec().alarmName());
                        return Answer.ok(DescribeAlarmsResponse.builder().metricAlarms(page.items().map(MetricsOperations::alarm).asJava())
                                .compositeAlarms(java.util.List.of()).nextToken(page.nextToken().getOrNull()).build());
                    });
        });
        operations.put(PREFIX + "DeleteAlarms", (kit, body) -> {
            var r = Wire.read(body, DeleteAlarmsRequest::builder, "DeleteAlarms", Set.of("AlarmNames"), "InvalidParameterValue");
            if (!r.hasAlarmNames()) {
                return Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, "AlarmNames"));
            }
            return kit.api().metrics().deleteAlarms(List.ofAll(r.alarmNames())).fold(Answer::error, done -> Answer.ok(DeleteAlarmsResponse.builder().build()));
        });
        operations.put(PREFIX + "SetAlarmState", (kit, body) -> {
            var r = Wire.read(body, SetAlarmStateRequest::builder, "SetAlarmState", Set.of("AlarmName", "StateValue", "StateReason"), "InvalidParameterValue");
            required(r.alarmName(), "AlarmName");
            required(r.stateValueAsString(), "StateValue");
            required(r.stateReason(), "StateReason");
            return kit.api().metrics().setAlarmState(r.alarmName(), r.stateValueAsString(), r.stateReason())
                    .fold(Answer::error, done -> Answer.ok(SetAlarmStateResponse.builder().build()));
        });
    }

    /** GetMetricData, DescribeAlarmsForMetric, DescribeAlarmHistory, EnableAlarmActions, DisableAlarmActions. */
    static void registerReads(Map<String, Operation> operations) {
        operations.put(PREFIX + "GetMetricData", (kit, body) -> {
            var r = Wire.read(body, GetMetricDataRequest::builder, "GetMetricData", Set.of("MetricDataQueries", "StartTime", "EndTime",
                    "NextToken", "ScanBy", "MaxDatapoints"), "InvalidParameterValue");
            required(r.startTime(), "StartTime");
            required(r.endTime(), "EndTime");
            if (!r.hasMetricDataQueries()) {
                return Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, "MetricDataQueries"));
            }
            java.util.List<io.ecskit.domain.metrics.MetricDataQuery> queries = new java.util.ArrayList<>();
            for (int i = 0; i < r.metricDataQueries().size(); i++) {
                MetricDataQuery q = r.metricDataQueries().get(i);
                String at = "MetricDataQueries.member." + (i + 1);
                if ((q.expression() == null) == (q.metricStat() == null)) {
                    return Answer.error(EcsError.of(EcsRule.METRIC_QUERY_STAT_OR_EXPRESSION, i + 1));
                }
                if (q.expression() != null) {
                    return Answer.error(EcsError.of(EcsRule.METRIC_MEMBER_MODELLED, "metric math (" + at + ".Expression)"));
                }
                if (q.accountId() != null) {
                    return Answer.error(EcsError.of(EcsRule.METRIC_MEMBER_MODELLED, "cross-account queries (" + at + ".AccountId)"));
                }
                if (q.period() != null) {
                    return Answer.error(EcsError.of(EcsRule.METRIC_MEMBER_MODELLED, at + ".Period (an expression's period; a metric's is MetricStat.Period)"));
                }
                required(q.id(), at + ".Id");
                MetricStat stat = q.metricStat();
                required(stat.metric(), at + ".MetricStat.Metric");
                required(stat.metric().namespace(), at + ".MetricStat.Metric.Namespace");
                required(stat.metric().metricName(), at + ".MetricStat.Metric.MetricName");
                required(stat.period(), at + ".MetricStat.Period");
                required(stat.stat(), at + ".MetricStat.Stat");
                queries.add(new io.ecskit.domain.metrics.MetricDataQuery(q.id(), new io.ecskit.domain.metrics.Metric(stat.metric().namespace(),
                        stat.metric().metricName(), dimensions(stat.metric().dimensions())), stat.period(), stat.stat(), Option.of(stat.unitAsString()),
                        Option.of(q.label()), q.returnData() == null || q.returnData()));
            }
            if (r.maxDatapoints() != null && r.maxDatapoints() < 1) {
                return Answer.error(400, "InvalidParameterValue", "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(" '"
                        + r.maxDatapoints() + "'", "maxDatapoints", "have value greater than or equal to 1"));
            }
            boolean ascending = "TimestampAscending".equals(r.scanByAsString());
            return kit.api().metrics().metricData(List.ofAll(queries), r.startTime(), r.endTime(), ascending).fold(Answer::error, results -> {
                // pages of at most MaxDatapoints values (100,800 by default), a result's values continuing on the next page; a
                // value is named by its query and its timestamp, so data arriving between pages moves nothing already handed out
                java.util.List<io.vavr.collection.Vector<java.time.Instant>> times = new java.util.ArrayList<>();
                java.util.List<io.vavr.collection.Vector<Double>> values = new java.util.ArrayList<>();
                java.util.List<int[]> all = new java.util.ArrayList<>();
                for (int i = 0; i < results.size(); i++) {
                    times.add(io.vavr.collection.Vector.ofAll(results.get(i).timestamps()));
                    values.add(io.vavr.collection.Vector.ofAll(results.get(i).values()));
                    for (int p = 0; p < times.get(i).size(); p++) {
                        all.add(new int[]{i, p});
                    }
                }
                Pages.Page<int[]> page = Pages.resume("GetMetricData", r.maxDatapoints() == null ? 100_800 : r.maxDatapoints(), r.nextToken())
                        .getOrElseThrow(() -> new Wire.Refused(Answer.error(400, "InvalidNextToken", "The next token specified is invalid.")))
                        .of(io.vavr.collection.Vector.ofAll(all), p -> p[0] + "|" + times.get(p[0]).get(p[1]).toEpochMilli());
                java.util.Map<Integer, java.util.List<Integer>> onPage = new java.util.TreeMap<>();
                for (int[] p : page.items()) {
                    onPage.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p[1]);
                }
                // the results whose values this page holds (a result with none is answered on the first page), each
                // PartialData when its values go on past the page
                java.util.List<MetricDataResult> answered = new java.util.ArrayList<>();
                for (int i = 0; i < results.size(); i++) {
                    var result = results.get(i);
                    java.util.List<Integer> mine = onPage.getOrDefault(i, java.util.List.of());
                    if (mine.isEmpty() && !(result.values().isEmpty() && r.nextToken() == null)) {
                        continue;
                    }
                    final int index = i;
                    boolean continues = !mine.isEmpty() && mine.get(mine.size() - 1) < times.get(i).size() - 1;
                    answered.add(MetricDataResult.builder().id(result.id()).label(result.label())
                            .timestamps(mine.stream().map(p -> times.get(index).get(p)).toList())
                            .values(mine.stream().map(p -> values.get(index).get(p)).toList())
                            .statusCode(continues ? "PartialData" : result.statusCode()).messages(java.util.List.of()).build());
                }
                return Answer.ok(GetMetricDataResponse.builder().metricDataResults(answered).messages(java.util.List.of())
                        .nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(PREFIX + "DescribeAlarmsForMetric", (kit, body) -> {
            var r = Wire.read(body, DescribeAlarmsForMetricRequest::builder, "DescribeAlarmsForMetric", Set.of("MetricName", "Namespace",
                    "Statistic", "Dimensions", "Period"), "InvalidParameterValue");
            required(r.metricName(), "MetricName");
            required(r.namespace(), "Namespace");
            return kit.api().metrics().alarmsForMetric(r.namespace(), r.metricName(), dimensions(r.dimensions()), Option.of(r.statisticAsString()),
                    Option.of(r.period())).fold(Answer::error, alarms -> Answer.ok(DescribeAlarmsForMetricResponse.builder()
                    .metricAlarms(alarms.map(MetricsOperations::alarm).asJava()).build()));
        });
        operations.put(PREFIX + "DescribeAlarmHistory", (kit, body) -> {
            var r = Wire.read(body, DescribeAlarmHistoryRequest::builder, "DescribeAlarmHistory", Set.of("AlarmName", "AlarmTypes",
                    "HistoryItemType", "StartDate", "EndDate", "MaxRecords", "NextToken", "ScanBy"), "InvalidParameterValue");
            boolean metricAlarms = !r.hasAlarmTypes() || r.alarmTypesAsStrings().contains("MetricAlarm");
            return kit.api().metrics().alarmHistory(Option.of(r.alarmName()), Option.of(r.historyItemTypeAsString()), Option.of(r.startDate()),
                    Option.of(r.endDate()), "TimestampAscending".equals(r.scanByAsString())).fold(Answer::error, all -> {
                if (r.maxRecords() != null && (r.maxRecords() < 1 || r.maxRecords() > 100)) {
                    return Answer.error(400, "InvalidParameterValue", "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(" '"
                            + r.maxRecords() + "'", "maxRecords", r.maxRecords() < 1 ? "have value greater than or equal to 1"
                            : "have value less than or equal to 100"));
                }
                // an entry is named by what it says and, among entries saying the same, by how many came before it (counted
                // from the oldest, so entries arriving between pages rename none)
                io.vavr.collection.Seq<io.ecskit.domain.metrics.AlarmHistoryItem> listed = metricAlarms ? all : List.empty();
                boolean ascending = "TimestampAscending".equals(r.scanByAsString());
                java.util.Map<io.ecskit.domain.metrics.AlarmHistoryItem, String> keys = new java.util.IdentityHashMap<>();
                java.util.Map<String, Integer> seen = new java.util.HashMap<>();
                for (var h : ascending ? listed : listed.reverse()) {
                    String said = h.alarmName() + "|" + h.timestamp() + "|" + h.historySummary() + "|" + h.historyData().hashCode();
                    keys.put(h, said + "|" + seen.merge(said, 1, Integer::sum));
                }
                Pages.Page<io.ecskit.domain.metrics.AlarmHistoryItem> page = Pages.resume("DescribeAlarmHistory", r.maxRecords() == null ? 50
                                : r.maxRecords(), r.nextToken())
                        .getOrElseThrow(() -> new Wire.Refused(Answer.error(400, "InvalidNextToken", "The next token specified is invalid.")))
                        .of(listed, keys::get);
                return Answer.ok(DescribeAlarmHistoryResponse.builder().alarmHistoryItems(page.items().map(h -> AlarmHistoryItem.builder()
                        .alarmName(h.alarmName()).alarmType(h.alarmType()).timestamp(h.timestamp()).historyItemType(h.historyItemType())
                        .historySummary(h.historySummary()).historyData(h.historyData()).build()).asJava())
                        .nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(PREFIX + "ListTagsForResource", (kit, body) -> {
            var r = Wire.read(body, ListTagsForResourceRequest::builder, "ListTagsForResource", Set.of("ResourceARN"), "InvalidParameterValue");
            required(r.resourceARN(), "ResourceARN");
            return kit.api().metrics().tags(r.resourceARN()).fold(Answer::error, tags -> Answer.ok(ListTagsForResourceResponse.builder()
                    .tags(tags.map(t -> Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava()).build()));
        });
        operations.put(PREFIX + "TagResource", (kit, body) -> {
            var r = Wire.read(body, TagResourceRequest::builder, "TagResource", Set.of("ResourceARN", "Tags"), "InvalidParameterValue");
            required(r.resourceARN(), "ResourceARN");
            return kit.api().metrics().tagResource(r.resourceARN(), List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())))
                    .fold(Answer::error, done -> Answer.ok(TagResourceResponse.builder().build()));
        });
        operations.put(PREFIX + "UntagResource", (kit, body) -> {
            var r = Wire.read(body, UntagResourceRequest::builder, "UntagResource", Set.of("ResourceARN", "TagKeys"), "InvalidParameterValue");
            required(r.resourceARN(), "ResourceARN");
            return kit.api().metrics().untagResource(r.resourceARN(), List.ofAll(r.tagKeys()))
                    .fold(Answer::error, done -> Answer.ok(UntagResourceResponse.builder().build()));
        });
        // EnableAlarmActions and DisableAlarmActions: the same request, the same empty answer
        for (boolean enabled : new boolean[]{true, false}) {
            String operation = enabled ? "EnableAlarmActions" : "DisableAlarmActions";
            operations.put(PREFIX + operation, (kit, body) -> {
                var r = Wire.read(body, EnableAlarmActionsRequest::builder, operation, Set.of("AlarmNames"), "InvalidParameterValue");
                if (!r.hasAlarmNames()) {
                    return Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, "AlarmNames"));
                }
                return kit.api().metrics().alarmActions(List.ofAll(r.alarmNames()), enabled).fold(Answer::error, done -> Answer.ok(enabled
                        ? EnableAlarmActionsResponse.builder().build() : DisableAlarmActionsResponse.builder().build()));
            });
        }
    }

    private static software.amazon.awssdk.services.cloudwatch.model.MetricAlarm alarm(MetricAlarm a) {
        AlarmSpec s = a.spec();
        return software.amazon.awssdk.services.cloudwatch.model.MetricAlarm.builder().alarmName(s.alarmName()).alarmArn(a.alarmArn())
                .alarmDescription(s.description().getOrNull()).alarmConfigurationUpdatedTimestamp(a.configurationUpdatedTimestamp())
                .actionsEnabled(s.actionsEnabled().getOrElse(true)).okActions(java.util.List.of()).alarmActions(s.alarmActions().asJava())
                .insufficientDataActions(java.util.List.of()).stateValue(a.stateValue()).stateReason(a.stateReason())
                .stateUpdatedTimestamp(a.stateUpdatedTimestamp()).stateTransitionedTimestamp(a.stateUpdatedTimestamp())
                .metricName(s.metricName()).namespace(s.namespace()).statistic(s.statistic())
                .dimensions(s.dimensions().map(d -> Dimension.builder().name(d.name()).value(d.value()).build()).asJava())
                .period(s.period()).evaluationPeriods(s.evaluationPeriods()).datapointsToAlarm(s.datapointsToAlarm().getOrNull())
                .threshold(s.threshold()).comparisonOperator(s.comparisonOperator()).treatMissingData(s.treatMissingData().getOrNull()).build();
    }

    private static List<io.ecskit.domain.metrics.Dimension> dimensions(java.util.List<Dimension> dimensions) {
        for (Dimension d : dimensions) {
            if (d.name() == null || d.value() == null) {
                throw new Wire.Refused(Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, d.name() == null ? "Dimensions.member.N.Name"
                        : "Dimensions.member.N.Value")));
            }
        }
        return List.ofAll(dimensions).map(d -> new io.ecskit.domain.metrics.Dimension(d.name(), d.value()));
    }

    private static void required(Object value, String member) {
        if (value == null) {
            throw new Wire.Refused(Answer.error(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, member)));
        }
    }

    /** The CloudWatch actions this server serves. */
    static Seq<String> served(Map<String, Operation> operations) {
        return List.ofAll(operations.keySet()).filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).sorted();
    }

    /** The error shape a CloudWatch (query-compatible) code is answered with in {@code __type}. */
    static String errorShape(String code) {
        return switch (code) {
            case "InvalidParameterValue" -> "InvalidParameterValueException";
            case "InvalidParameterCombination" -> "InvalidParameterCombinationException";
            case "MissingParameter" -> "MissingRequiredParameterException";
            case "LimitExceeded" -> "LimitExceededFault";
            case "InvalidFormat" -> "InvalidFormatFault";
            default -> code;
        };
    }
}
