package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStream;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.port.out.LogPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

import java.time.Instant;
import java.util.Comparator;

final class AwsLogs implements LogPort {

    private final AwsClients aws;

    @Inject
    AwsLogs(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, LogGroup> createGroup(LogGroupName name, Option<RetentionDays> retention) {
        Either<EcsError, Object> created = aws.call(() -> aws.logs.createLogGroup(r -> r.logGroupName(name.value())));
        return created.flatMap(ok -> retention.isDefined() ? putRetention(name, retention.get()) : describeExisting(name));
    }

    private Either<EcsError, LogGroup> describeExisting(LogGroupName name) {
        return describeGroup(name).flatMap(g -> g.toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_FOUND)));
    }

    @Override
    public Either<EcsError, Option<LogGroup>> describeGroup(LogGroupName name) {
        return aws.call(() -> List.ofAll(aws.logs.describeLogGroupsPaginator(r -> r.logGroupNamePrefix(name.value())).logGroups())
                .find(g -> g.logGroupName().equals(name.value()))
                .map(io.ecskit.mapping.EcrLogsMapping::logGroup));
    }

    @Override
    public Either<EcsError, Seq<LogGroup>> groups(Option<String> prefix) {
        return aws.call(() -> List.ofAll(aws.logs.describeLogGroupsPaginator(r -> r.logGroupNamePrefix(prefix.getOrNull())).logGroups())
                .map(io.ecskit.mapping.EcrLogsMapping::logGroup));
    }

    @Override
    public Either<EcsError, LogGroup> putRetention(LogGroupName name, RetentionDays retention) {
        return aws.call(() -> aws.logs.putRetentionPolicy(r -> r.logGroupName(name.value()).retentionInDays(retention.days())))
                .flatMap(ok -> describeExisting(name));
    }

    @Override
    public Either<EcsError, LogGroup> deleteRetention(LogGroupName name) {
        return aws.call(() -> aws.logs.deleteRetentionPolicy(r -> r.logGroupName(name.value()))).flatMap(ok -> describeExisting(name));
    }

    @Override
    public Either<EcsError, Done> deleteStream(LogGroupName group, LogStreamName stream) {
        return aws.call(() -> aws.logs.deleteLogStream(r -> r.logGroupName(group.value()).logStreamName(stream.value()))).map(ok -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> deleteGroup(LogGroupName name) {
        return aws.call(() -> aws.logs.deleteLogGroup(r -> r.logGroupName(name.value()))).map(ok -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<LogStream>> streams(LogGroupName group, Option<String> streamPrefix) {
        return aws.call(() -> List.ofAll(aws.logs.describeLogStreamsPaginator(r -> r.logGroupName(group.value())
                        .logStreamNamePrefix(streamPrefix.getOrNull())).logStreams())
                .map(io.ecskit.mapping.EcrLogsMapping::logStream));
    }

    @Override
    public Either<EcsError, LogStream> createStream(LogGroupName group, LogStreamName stream) {
        return aws.call(() -> aws.logs.createLogStream(r -> r.logGroupName(group.value()).logStreamName(stream.value())))
                .map(ok -> new LogStream(stream, Instant.now(), Option.none(), Option.none()));
    }

    /**
     * PutLogEvents in as few calls as AWS allows: events in timestamp order, at most 10,000 and
     * 1,048,576 bytes (message bytes + 26 each) a call, and one call spanning at most 24 hours.
     */
    @Override
    public Either<EcsError, io.ecskit.domain.logs.RejectedLogEvents> putEvents(LogGroupName group, LogStreamName stream, Seq<LogEvent> events) {
        io.ecskit.domain.logs.RejectedLogEvents rejected = io.ecskit.domain.logs.RejectedLogEvents.NONE;
        int offset = 0;
        for (Seq<LogEvent> batch : batches(events.sorted(Comparator.comparing(LogEvent::timestamp)))) {
            Either<EcsError, software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse> put = aws.call(
                    () -> aws.logs.putLogEvents(r -> r.logGroupName(group.value())
                    .logStreamName(stream.value()).logEvents(batch.map(e -> InputLogEvent.builder()
                            .timestamp(e.timestamp().toEpochMilli()).message(e.message()).build()).asJava())), r -> r);
            if (put.isLeft()) {
                return Either.left(put.getLeft());
            }
            // indexes into the whole (sorted) batch: the first too-new, the last too-old and expired
            var info = put.get().rejectedLogEventsInfo();
            if (info != null) {
                int at = offset;
                rejected = new io.ecskit.domain.logs.RejectedLogEvents(
                        rejected.tooNewLogEventStartIndex().orElse(Option.of(info.tooNewLogEventStartIndex()).map(i -> i + at)),
                        Option.of(info.tooOldLogEventEndIndex()).map(i -> i + at).orElse(rejected.tooOldLogEventEndIndex()),
                        Option.of(info.expiredLogEventEndIndex()).map(i -> i + at).orElse(rejected.expiredLogEventEndIndex()));
            }
            offset += batch.size();
        }
        return Either.right(rejected);
    }

    static final int MAX_EVENTS = 10_000;
    static final int MAX_BYTES = 1_048_576;
    static final int EVENT_OVERHEAD = 26;
    static final java.time.Duration MAX_SPAN = java.time.Duration.ofHours(24);

    /** Splits time-ordered events into PutLogEvents batches within AWS's limits. */
    static Seq<Seq<LogEvent>> batches(Seq<LogEvent> ordered) {
        java.util.List<Seq<LogEvent>> batches = new java.util.ArrayList<>();
        java.util.List<LogEvent> current = new java.util.ArrayList<>();
        long bytes = 0;
        for (LogEvent e : ordered) {
            long size = e.message().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + EVENT_OVERHEAD;
            boolean full = current.size() == MAX_EVENTS || bytes + size > MAX_BYTES
                    || !current.isEmpty() && java.time.Duration.between(current.get(0).timestamp(), e.timestamp()).compareTo(MAX_SPAN) >= 0;
            if (full) {
                batches.add(List.ofAll(current));
                current = new java.util.ArrayList<>();
                bytes = 0;
            }
            current.add(e);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(List.ofAll(current));
        }
        return List.ofAll(batches);
    }

    /** FilterLogEvents across every page; its endTime is inclusive, the port's {@code to} is not. */
    @Override
    public Either<EcsError, Seq<LogEvent>> events(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to) {
        return aws.call(() -> List.ofAll(aws.logs.filterLogEventsPaginator(r -> r.logGroupName(group.value())
                        .logStreamNamePrefix(streamPrefix.getOrNull())
                        .startTime(from.toEpochMilli()).endTime(to.toEpochMilli() - 1)).events())
                .map(io.ecskit.mapping.EcrLogsMapping::logEvent)
                .sorted(Comparator.comparing(LogEvent::timestamp)));
    }

    @Override
    public Either<EcsError, Seq<LogEvent>> filterEvents(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to,
                                                        String filterPattern) {
        return aws.call(() -> List.ofAll(aws.logs.filterLogEventsPaginator(r -> r.logGroupName(group.value())
                        .logStreamNamePrefix(streamPrefix.getOrNull()).filterPattern(filterPattern)
                        .startTime(from.toEpochMilli()).endTime(to.toEpochMilli() - 1)).events())
                .map(io.ecskit.mapping.EcrLogsMapping::logEvent)
                .sorted(Comparator.comparing(LogEvent::timestamp)));
    }

    private static io.ecskit.domain.logs.MetricFilter metricFilter(software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter f) {
        return new io.ecskit.domain.logs.MetricFilter(f.filterName(), f.filterPattern(), new LogGroupName(f.logGroupName()),
                List.ofAll(f.metricTransformations()).map(t -> new io.ecskit.domain.logs.MetricFilter.Transformation(t.metricName(),
                        t.metricNamespace(), t.metricValue(), Option.of(t.defaultValue()), Option.of(t.unitAsString()))),
                f.creationTime() == null ? Instant.EPOCH : Instant.ofEpochMilli(f.creationTime()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.logs.MetricFilter> putMetricFilter(io.ecskit.domain.logs.MetricFilter filter) {
        return aws.call(() -> aws.logs.putMetricFilter(r -> r.logGroupName(filter.logGroupName().value()).filterName(filter.filterName())
                        .filterPattern(filter.filterPattern()).metricTransformations(filter.transformations().map(t ->
                                software.amazon.awssdk.services.cloudwatchlogs.model.MetricTransformation.builder().metricName(t.metricName())
                                        .metricNamespace(t.metricNamespace()).metricValue(t.metricValue()).defaultValue(t.defaultValue().getOrNull())
                                        .unit(t.unit().getOrNull()).build()).asJava())))
                .flatMap(ok -> metricFilters(Option.of(filter.logGroupName()), Option.of(filter.filterName()), Option.none(), Option.none()))
                .map(found -> found.find(f -> f.filterName().equals(filter.filterName())).getOrElse(filter));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.logs.MetricFilter>> metricFilters(Option<LogGroupName> group, Option<String> namePrefix,
                                                                                 Option<String> metricName, Option<String> metricNamespace) {
        return aws.call(() -> List.ofAll(aws.logs.describeMetricFiltersPaginator(r -> r.logGroupName(group.map(LogGroupName::value).getOrNull())
                .filterNamePrefix(namePrefix.getOrNull()).metricName(metricName.getOrNull()).metricNamespace(metricNamespace.getOrNull()))
                .metricFilters()).map(AwsLogs::metricFilter));
    }

    @Override
    public Either<EcsError, Done> deleteMetricFilter(LogGroupName group, String filterName) {
        return aws.call(() -> aws.logs.deleteMetricFilter(r -> r.logGroupName(group.value()).filterName(filterName)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<Integer>> testMetricFilter(String filterPattern, Seq<String> messages) {
        return aws.call(() -> aws.logs.testMetricFilter(r -> r.filterPattern(filterPattern).logEventMessages(messages.asJava())),
                r -> List.ofAll(r.matches()).map(m -> m.eventNumber().intValue()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.logs.SubscriptionFilter> putSubscriptionFilter(io.ecskit.domain.logs.SubscriptionFilter filter) {
        return aws.call(() -> aws.logs.putSubscriptionFilter(r -> r.logGroupName(filter.logGroupName().value()).filterName(filter.filterName())
                        .filterPattern(filter.filterPattern()).destinationArn(filter.destinationArn()).roleArn(filter.roleArn().getOrNull())
                        .distribution(filter.distribution())))
                .flatMap(ok -> subscriptionFilters(filter.logGroupName(), Option.of(filter.filterName())))
                .map(found -> found.find(f -> f.filterName().equals(filter.filterName())).getOrElse(filter));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.logs.SubscriptionFilter>> subscriptionFilters(LogGroupName group, Option<String> namePrefix) {
        return aws.call(() -> List.ofAll(aws.logs.describeSubscriptionFiltersPaginator(r -> r.logGroupName(group.value())
                .filterNamePrefix(namePrefix.getOrNull())).subscriptionFilters()).map(f -> new io.ecskit.domain.logs.SubscriptionFilter(
                f.filterName(), new LogGroupName(f.logGroupName()), f.filterPattern(), f.destinationArn(), Option.of(f.roleArn()),
                f.distributionAsString() == null ? "ByLogStream" : f.distributionAsString(),
                f.creationTime() == null ? Instant.EPOCH : Instant.ofEpochMilli(f.creationTime()))));
    }

    @Override
    public Either<EcsError, Done> deleteSubscriptionFilter(LogGroupName group, String filterName) {
        return aws.call(() -> aws.logs.deleteSubscriptionFilter(r -> r.logGroupName(group.value()).filterName(filterName)), r -> Done.DONE);
    }

    /** A group's ARN as the tagging calls take it: {@code arn:aws:logs:<region>:<account>:log-group:<name>} (no {@code :*}). */
    private Either<EcsError, String> groupArn(LogGroupName group) {
        return describeGroup(group).flatMap(g -> g.toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_FOUND))
                .map(found -> found.arn().endsWith(":*") ? found.arn().substring(0, found.arn().length() - 2) : found.arn()));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.Tag>> tags(LogGroupName group) {
        return groupArn(group).flatMap(arn -> aws.call(() -> aws.logs.listTagsForResource(r -> r.resourceArn(arn)),
                r -> List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()))));
    }

    @Override
    public Either<EcsError, Done> tag(LogGroupName group, Seq<io.ecskit.domain.Tag> tags) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        tags.forEach(t -> map.put(t.key().getOrNull(), t.value().getOrElse("")));
        return groupArn(group).flatMap(arn -> aws.call(() -> aws.logs.tagResource(r -> r.resourceArn(arn).tags(map)), r -> Done.DONE));
    }

    @Override
    public Either<EcsError, Done> untag(LogGroupName group, Seq<String> keys) {
        return groupArn(group).flatMap(arn -> aws.call(() -> aws.logs.untagResource(r -> r.resourceArn(arn).tagKeys(keys.asJava())),
                r -> Done.DONE));
    }
}
