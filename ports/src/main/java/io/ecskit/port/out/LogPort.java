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
}
