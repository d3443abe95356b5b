package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStream;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/** CloudWatch Logs groups, streams and events of one region. */
public interface LogPort {

    /** CreateLogGroup (+ PutRetentionPolicy when a retention is given); an existing name is ResourceAlreadyExists. */
    Either<EcsError, LogGroup> createGroup(LogGroupName name, Option<RetentionDays> retention);

    /** DescribeLogGroups for one name (exact match); empty when there is no such group. */
    Either<EcsError, Option<LogGroup>> describeGroup(LogGroupName name);

    /** DescribeLogGroups, every page: the groups whose names start with {@code prefix} (all when empty), by name. */
    Either<EcsError, Seq<LogGroup>> groups(Option<String> prefix);

    /** PutRetentionPolicy; ResourceNotFound when the group is unknown. */
    Either<EcsError, LogGroup> putRetention(LogGroupName name, RetentionDays retention);

    /** DeleteRetentionPolicy: the group's events never expire again; ResourceNotFound when the group is unknown. */
    Either<EcsError, LogGroup> deleteRetention(LogGroupName name);

    /** DeleteLogStream, with its events; ResourceNotFound when the group or the stream is unknown. */
    Either<EcsError, Done> deleteStream(LogGroupName group, LogStreamName stream);

    /** DeleteLogGroup; ResourceNotFound when unknown. */
    Either<EcsError, Done> deleteGroup(LogGroupName name);

    /** DescribeLogStreams, every page, optionally by name prefix. */
    Either<EcsError, Seq<LogStream>> streams(LogGroupName group, Option<String> streamPrefix);

    /** CreateLogStream; ResourceAlreadyExists when the stream exists, ResourceNotFound when the group does not. */
    Either<EcsError, LogStream> createStream(LogGroupName group, LogStreamName stream);

    /**
     * PutLogEvents: what a container's awslogs driver does. The batch is refused whole when out of chronological order,
     * spanning more than 24 hours or over 1 MiB; events more than 2 hours ahead, older than 14 days or than the group's
     * retention are not stored and are answered as rejected (CloudWatch Logs' rejectedLogEventsInfo).
     */
    Either<EcsError, io.ecskit.domain.logs.RejectedLogEvents> putEvents(LogGroupName group, LogStreamName stream, Seq<LogEvent> events);

    /**
     * The events of the streams whose names start with {@code streamPrefix} (all streams when
     * empty), with {@code from <= timestamp < to}, in timestamp order, across every page.
     */
    Either<EcsError, Seq<LogEvent>> events(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to);

    /**
     * FilterLogEvents with a filter pattern, every page: the events of the group's streams (by name prefix) in
     * {@code [from, to)} whose message matches {@code filterPattern} (CloudWatch Logs' syntax: terms, quoted phrases,
     * {@code ?any}, {@code -none}, {@code %regex%}, JSON conditions); InvalidParameterException when it does not parse.
     */
    Either<EcsError, Seq<LogEvent>> filterEvents(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to, String filterPattern);

    /** PutMetricFilter: creates or replaces the group's filter of that name (at most 100 per group). */
    Either<EcsError, io.ecskit.domain.logs.MetricFilter> putMetricFilter(io.ecskit.domain.logs.MetricFilter filter);

    /**
     * DescribeMetricFilters, every page: the filters of a group (or of every group), by name prefix, or those producing
     * a metric (name and namespace), by group then name.
     */
    Either<EcsError, Seq<io.ecskit.domain.logs.MetricFilter>> metricFilters(Option<LogGroupName> group, Option<String> namePrefix,
                                                                          Option<String> metricName, Option<String> metricNamespace);

    /** DeleteMetricFilter; ResourceNotFoundException when the group or the filter is unknown. */
    Either<EcsError, Done> deleteMetricFilter(LogGroupName group, String filterName);

    /** TestMetricFilter: which of the messages (1..50) the pattern matches, as 1-based event numbers. */
    Either<EcsError, Seq<Integer>> testMetricFilter(String filterPattern, Seq<String> messages);

    /** PutSubscriptionFilter: creates or replaces the group's filter of that name (at most 2 per group). */
    Either<EcsError, io.ecskit.domain.logs.SubscriptionFilter> putSubscriptionFilter(io.ecskit.domain.logs.SubscriptionFilter filter);

    /** DescribeSubscriptionFilters, every page: the group's filters by name prefix. */
    Either<EcsError, Seq<io.ecskit.domain.logs.SubscriptionFilter>> subscriptionFilters(LogGroupName group, Option<String> namePrefix);

    /** DeleteSubscriptionFilter; ResourceNotFoundException when the group or the filter is unknown. */
    Either<EcsError, Done> deleteSubscriptionFilter(LogGroupName group, String filterName);

    /** ListTagsForResource / ListTagsLogGroup: the group's tags, in the order added. */
    Either<EcsError, Seq<io.ecskit.domain.Tag>> tags(LogGroupName group);

    /** TagResource / TagLogGroup: adds or overwrites tags (keys 1..128, values 0..256 characters, at most 50). */
    Either<EcsError, Done> tag(LogGroupName group, Seq<io.ecskit.domain.Tag> tags);

    /** UntagResource / UntagLogGroup: removes the keys (absent ones are no error). */
    Either<EcsError, Done> untag(LogGroupName group, Seq<String> keys);
}
