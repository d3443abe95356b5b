package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Datapoint;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.Metric;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.metrics.MetricDatum;
import io.ecskit.port.out.MetricsPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.cloudwatch.model.StatisticSet;

import java.time.Instant;

/** CloudWatch metrics and metric alarms with the kit's credentials, region and endpoint; List and Describe calls follow every page. */
final class AwsMetrics implements MetricsPort {

    private final AwsClients aws;

    @Inject
    AwsMetrics(AwsClients aws) {
        this.aws = aws;
    }

    private static java.util.List<software.amazon.awssdk.services.cloudwatch.model.Dimension> dimensions(Seq<Dimension> dimensions) {
        return dimensions.map(d -> software.amazon.awssdk.services.cloudwatch.model.Dimension.builder().name(d.name()).value(d.value()).build()).asJava();
    }

    private static List<Dimension> dimensions(java.util.List<software.amazon.awssdk.services.cloudwatch.model.Dimension> dimensions) {
        return List.ofAll(dimensions).map(d -> new Dimension(d.name(), d.value()));
    }

    @Override
    public Either<EcsError, Done> putMetricData(String namespace, Seq<MetricDatum> data) {
        return aws.call(() -> aws.cloudWatch.putMetricData(r -> r.namespace(namespace).metricData(data.map(d ->
                software.amazon.awssdk.services.cloudwatch.model.MetricDatum.builder().metricName(d.metricName()).dimensions(dimensions(d.dimensions()))
                        .timestamp(d.timestamp().getOrNull()).value(d.value().getOrNull()).values(d.values().isEmpty() ? null : d.values().asJava())
                        .counts(d.counts().isEmpty() ? null : d.counts().asJava()).unit(d.unit().getOrNull())
                        .statisticValues(d.statistics().map(s -> StatisticSet.builder().sampleCount(s.sampleCount()).sum(s.sum()).minimum(s.minimum())
                                .maximum(s.maximum()).build()).getOrNull()).build()).asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<Datapoint>> metricStatistics(String namespace, String metricName, Seq<Dimension> dimensions, Instant start,
                                                             Instant end, int period, Seq<String> statistics) {
        return aws.call(() -> aws.cloudWatch.getMetricStatistics(r -> r.namespace(namespace).metricName(metricName).dimensions(dimensions(dimensions))
                .startTime(start).endTime(end).period(period).statisticsWithStrings(statistics.asJava())), r -> List.ofAll(r.datapoints())
                .map(p -> new Datapoint(p.timestamp(), Option.of(p.sampleCount()), Option.of(p.average()), Option.of(p.sum()), Option.of(p.minimum()),
                        Option.of(p.maximum()), Option.of(p.unitAsString())))
                .sortBy(Datapoint::timestamp));
    }

    @Override
    public Either<EcsError, Seq<Metric>> metrics(Option<String> namespace, Option<String> metricName, Seq<Dimension> dimensions) {
        return aws.call(() -> List.ofAll(aws.cloudWatch.listMetricsPaginator(r -> r.namespace(namespace.getOrNull()).metricName(metricName.getOrNull())
                .dimensions(dimensions.map(d -> software.amazon.awssdk.services.cloudwatch.model.DimensionFilter.builder().name(d.name())
                        .value(d.value() == null || d.value().isEmpty() ? null : d.value()).build()).asJava())).metrics())
                .map(m -> new Metric(m.namespace(), m.metricName(), dimensions(m.dimensions()))));
    }

    @Override
    public Either<EcsError, Done> putMetricAlarm(AlarmSpec s) {
        return aws.call(() -> aws.cloudWatch.putMetricAlarm(r -> r.alarmName(s.alarmName()).alarmDescription(s.description().getOrNull())
                .namespace(s.namespace()).metricName(s.metricName()).dimensions(dimensions(s.dimensions())).statistic(s.statistic())
                .period(s.period()).evaluationPeriods(s.evaluationPeriods()).datapointsToAlarm(s.datapointsToAlarm().getOrNull())
                .threshold(s.threshold()).comparisonOperator(s.comparisonOperator()).treatMissingData(s.treatMissingData().getOrNull())
                .actionsEnabled(s.actionsEnabled().getOrNull()).alarmActions(s.alarmActions().isEmpty() ? null : s.alarmActions().asJava())
                .tags(s.tags().isEmpty() ? null : s.tags().map(t -> software.amazon.awssdk.services.cloudwatch.model.Tag.builder().key(t.key().getOrNull())
                        .value(t.value().getOrNull()).build()).asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<MetricAlarm>> alarms(Seq<String> alarmNames, Option<String> alarmNamePrefix, Option<String> stateValue) {
        return aws.call(() -> List.ofAll(aws.cloudWatch.describeAlarmsPaginator(r -> r.alarmNames(alarmNames.isEmpty() ? null : alarmNames.asJava())
                .alarmNamePrefix(alarmNamePrefix.getOrNull()).stateValue(stateValue.getOrNull())).metricAlarms()).map(AwsMetrics::alarm));
    }

    private static MetricAlarm alarm(software.amazon.awssdk.services.cloudwatch.model.MetricAlarm a) {
        return new MetricAlarm(new AlarmSpec(a.alarmName(), Option.of(a.alarmDescription()), a.namespace(), a.metricName(), dimensions(a.dimensions()),
                a.statisticAsString(), a.period() == null ? 60 : a.period(), a.evaluationPeriods() == null ? 1 : a.evaluationPeriods(),
                Option.of(a.datapointsToAlarm()), a.threshold() == null ? 0 : a.threshold(), a.comparisonOperatorAsString(),
                Option.of(a.treatMissingData()), Option.of(a.actionsEnabled()), List.ofAll(a.alarmActions()), List.empty()),
                a.alarmArn(), a.stateValueAsString(), a.stateReason(), a.stateUpdatedTimestamp(), a.alarmConfigurationUpdatedTimestamp());
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.metrics.MetricDataResult>> metricData(Seq<io.ecskit.domain.metrics.MetricDataQuery> queries,
                                                                                     Instant start, Instant end, boolean ascending) {
        java.util.List<software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery> asked = queries.map(q ->
                software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery.builder().id(q.id()).label(q.label().getOrNull())
                        .returnData(q.returnData()).metricStat(s -> s.period(q.period()).stat(q.stat()).unit(q.unit().getOrNull())
                                .metric(m -> m.namespace(q.metric().namespace()).metricName(q.metric().metricName())
                                        .dimensions(dimensions(q.metric().dimensions())))).build()).asJava();
        return aws.call(() -> List.ofAll(aws.cloudWatch.getMetricDataPaginator(r -> r.metricDataQueries(asked).startTime(start).endTime(end)
                        .scanBy(ascending ? "TimestampAscending" : "TimestampDescending")).metricDataResults()),
                // a result may come in parts over the pages: one per query, its values in the order they came
                results -> List.ofAll(results).groupBy(r -> r.id()).values().toList()
                        .sortBy(parts -> queries.indexWhere(q -> q.id().equals(parts.head().id())))
                        .map(parts -> new io.ecskit.domain.metrics.MetricDataResult(parts.head().id(), parts.head().label(),
                                parts.flatMap(p -> p.timestamps()), parts.flatMap(p -> p.values()), parts.last().statusCodeAsString())));
    }

    @Override
    public Either<EcsError, Seq<MetricAlarm>> alarmsForMetric(String namespace, String metricName, Seq<Dimension> dimensions,
                                                             Option<String> statistic, Option<Integer> period) {
        return aws.call(() -> aws.cloudWatch.describeAlarmsForMetric(r -> r.namespace(namespace).metricName(metricName)
                .dimensions(dimensions(dimensions)).statistic(statistic.getOrNull()).period(period.getOrNull())),
                r -> List.ofAll(r.metricAlarms()).map(AwsMetrics::alarm));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.metrics.AlarmHistoryItem>> alarmHistory(Option<String> alarmName, Option<String> historyItemType,
                                                                                        Option<Instant> start, Option<Instant> end, boolean ascending) {
        return aws.call(() -> List.ofAll(aws.cloudWatch.describeAlarmHistoryPaginator(r -> r.alarmName(alarmName.getOrNull())
                        .historyItemType(historyItemType.getOrNull()).startDate(start.getOrNull()).endDate(end.getOrNull())
                        .scanBy(ascending ? "TimestampAscending" : "TimestampDescending")).alarmHistoryItems())
                .map(h -> new io.ecskit.domain.metrics.AlarmHistoryItem(h.alarmName(), h.alarmTypeAsString(), h.timestamp(), h.historyItemTypeAsString(),
                        h.historySummary(), h.historyData())));
    }

    @Override
    public Either<EcsError, Done> alarmActions(Seq<String> alarmNames, boolean enabled) {
        return enabled ? aws.call(() -> aws.cloudWatch.enableAlarmActions(r -> r.alarmNames(alarmNames.asJava())), r -> Done.DONE)
                : aws.call(() -> aws.cloudWatch.disableAlarmActions(r -> r.alarmNames(alarmNames.asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> deleteAlarms(Seq<String> alarmNames) {
        return aws.call(() -> aws.cloudWatch.deleteAlarms(r -> r.alarmNames(alarmNames.asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> setAlarmState(String alarmName, String stateValue, String stateReason) {
        return aws.call(() -> aws.cloudWatch.setAlarmState(r -> r.alarmName(alarmName).stateValue(stateValue).stateReason(stateReason)), r -> Done.DONE);
    }
    @Override
    public Either<EcsError, io.vavr.collection.List<io.ecskit.domain.Tag>> tags(String resourceArn) {
        return aws.call(() -> aws.cloudWatch.listTagsForResource(r -> r.resourceARN(resourceArn)),
                r -> io.vavr.collection.List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> tagResource(String resourceArn, Seq<io.ecskit.domain.Tag> tags) {
        return aws.call(() -> aws.cloudWatch.tagResource(r -> r.resourceARN(resourceArn).tags(tags.map(t -> software.amazon.awssdk.services.cloudwatch.model.Tag
                .builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava())), r -> io.ecskit.domain.Done.DONE);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> untagResource(String resourceArn, Seq<String> tagKeys) {
        return aws.call(() -> aws.cloudWatch.untagResource(r -> r.resourceARN(resourceArn).tagKeys(tagKeys.asJava())), r -> io.ecskit.domain.Done.DONE);
    }
}
