package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.metrics.AlarmHistoryItem;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Datapoint;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.Metric;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.metrics.MetricDataQuery;
import io.ecskit.domain.metrics.MetricDataResult;
import io.ecskit.domain.metrics.MetricDatum;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * CloudWatch metrics and metric alarms of one region, as far as ECS workloads use them (issue 25 item 4). Alarms are
 * evaluated on the clock; a deployment whose {@code deploymentConfiguration.alarms} names one in ALARM fails (and rolls
 * back when asked to). Errors are CloudWatch's (docs/ecs-rules.md, "CloudWatch"). Source: CloudWatch API reference.
 */
public interface MetricsPort {

    /** PutMetricData: at most 1,000 data of one namespace ({@code AWS/} namespaces are AWS's). */
    Either<EcsError, Done> putMetricData(String namespace, Seq<MetricDatum> data);

    /**
     * GetMetricStatistics: per period from {@code start} to {@code end}, the statistics asked for (SampleCount, Average, Sum,
     * Minimum, Maximum) of the metric with exactly those dimensions, oldest first; periods without data are left out.
     */
    Either<EcsError, Seq<Datapoint>> metricStatistics(String namespace, String metricName, Seq<Dimension> dimensions, Instant start, Instant end,
                                                      int period, Seq<String> statistics);

    /** ListMetrics, every page: metrics with data in the last two weeks, filtered by namespace, name and dimensions. */
    Either<EcsError, Seq<Metric>> metrics(Option<String> namespace, Option<String> metricName, Seq<Dimension> dimensions);

    /** PutMetricAlarm: the alarm made (INSUFFICIENT_DATA until evaluated) or replaced. */
    Either<EcsError, Done> putMetricAlarm(AlarmSpec spec);

    /** DescribeAlarms, every page: by names, or by name prefix, and state; by name. */
    Either<EcsError, Seq<MetricAlarm>> alarms(Seq<String> alarmNames, Option<String> alarmNamePrefix, Option<String> stateValue);

    /** DeleteAlarms: at most 100 names; ResourceNotFound when one doesn't exist (none is deleted then). */
    Either<EcsError, Done> deleteAlarms(Seq<String> alarmNames);

    /** SetAlarmState: the state until the next evaluation says otherwise. */
    Either<EcsError, Done> setAlarmState(String alarmName, String stateValue, String stateReason);
    /**
     * GetMetricData, every page: for each query (at most 500, ids unique), its statistic per period from {@code start}
     * to {@code end} for periods with data, newest first ({@code ascending}: oldest first); queries with ReturnData false
     * are left out of the answer. Metric math (Expression) and percentile statistics are refused by name.
     */
    Either<EcsError, Seq<MetricDataResult>> metricData(Seq<MetricDataQuery> queries, Instant start, Instant end, boolean ascending);

    /**
     * DescribeAlarmsForMetric: the metric alarms on exactly this metric (namespace, name and all of its dimensions), of
     * this statistic and period when given.
     */
    Either<EcsError, Seq<MetricAlarm>> alarmsForMetric(String namespace, String metricName, Seq<Dimension> dimensions,
                                                        Option<String> statistic, Option<Integer> period);

    /**
     * DescribeAlarmHistory, every page: the last 30 days of the alarm's history (of every alarm when none is named),
     * newest first ({@code ascending}: oldest first), of one HistoryItemType (StateUpdate, ConfigurationUpdate) when given,
     * within {@code start}..{@code end} when given.
     */
    Either<EcsError, Seq<AlarmHistoryItem>> alarmHistory(Option<String> alarmName, Option<String> historyItemType, Option<Instant> start,
                                                         Option<Instant> end, boolean ascending);

    /** EnableAlarmActions / DisableAlarmActions: at most 100 names; names of no alarm are passed over, as CloudWatch does. */
    Either<EcsError, Done> alarmActions(Seq<String> alarmNames, boolean enabled);
    /** ListTagsForResource: the tags of an alarm (by its ARN). */
    Either<EcsError, io.vavr.collection.List<io.ecskit.domain.Tag>> tags(String resourceArn);

    /** TagResource: tags added to an alarm (by its ARN), a key already there taking the new value; at most 50 in all. */
    Either<EcsError, Done> tagResource(String resourceArn, Seq<io.ecskit.domain.Tag> tags);

    /** UntagResource: the tags of those keys taken off an alarm (by its ARN) (keys it lacks are passed over). */
    Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys);
}
