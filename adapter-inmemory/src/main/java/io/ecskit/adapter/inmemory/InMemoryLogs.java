package io.ecskit.adapter.inmemory;

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

import java.time.Instant;
import java.util.Comparator;

/** CloudWatch Logs in memory, with AWS's exception messages [BM-LOGS; moto logs/exceptions.py]. */
final class InMemoryLogs implements LogPort {

    private final InMemoryState state;

    @Inject
    InMemoryLogs(InMemoryState state) {
        this.state = state;
    }

    static String arn(InMemoryState state, String group) {
        return "arn:aws:logs:" + state.region.code() + ":" + state.account.value() + ":log-group:" + group + ":*";
    }

    @Override
    public Either<EcsError, LogGroup> createGroup(LogGroupName name, Option<RetentionDays> retention) {
        return state.call("CreateLogGroup", () -> {
            if (state.logGroups.containsKey(name.value())) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_UNIQUE));
            }
            LogGroup group = new LogGroup(name, arn(state, name.value()), retention, state.now(), 0);
            state.logGroups.put(name.value(), new InMemoryState.LogGroupState(group));
            return Either.right(group);
        });
    }

    @Override
    public Either<EcsError, Option<LogGroup>> describeGroup(LogGroupName name) {
        return state.call("DescribeLogGroups", () -> Either.right(Option.of(state.logGroups.get(name.value())).map(g -> g.group)));
    }

    @Override
    public Either<EcsError, Seq<LogGroup>> groups(Option<String> prefix) {
        return state.call("DescribeLogGroups", () -> Either.right(List.ofAll(state.logGroups.values()).map(g -> g.group)
                .filter(g -> prefix.forAll(p -> g.name().value().startsWith(p))).sortBy(g -> g.name().value())));
    }

    @Override
    public Either<EcsError, LogGroup> putRetention(LogGroupName name, RetentionDays retention) {
        return state.call("PutRetentionPolicy", () -> group(name).map(g -> {
            g.group = new LogGroup(g.group.name(), g.group.arn(), Option.of(retention), g.group.createdAt(), g.group.storedBytes());
            return g.group;
        }));
    }

    @Override
    public Either<EcsError, LogGroup> deleteRetention(LogGroupName name) {
        return state.call("DeleteRetentionPolicy", () -> group(name).map(g -> {
            g.group = new LogGroup(g.group.name(), g.group.arn(), Option.none(), g.group.createdAt(), g.group.storedBytes());
            return g.group;
        }));
    }

    @Override
    public Either<EcsError, Done> deleteStream(LogGroupName group, LogStreamName stream) {
        return state.call("DeleteLogStream", () -> group(group).flatMap(g -> g.streams.remove(stream.value()) == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_STREAM_FOUND)) : Either.right(Done.DONE)));
    }

    @Override
    public Either<EcsError, Done> deleteGroup(LogGroupName name) {
        return state.call("DeleteLogGroup", () -> group(name).map(g -> {
            state.logGroups.remove(name.value());
            return Done.DONE;
        }));
    }

    @Override
    public Either<EcsError, Seq<LogStream>> streams(LogGroupName group, Option<String> streamPrefix) {
        return state.call("DescribeLogStreams", () -> group(group).map(g -> List.ofAll(g.streams.entrySet())
                .filter(e -> streamPrefix.forAll(e.getKey()::startsWith))
                .map(e -> new LogStream(new LogStreamName(e.getKey()), e.getValue().createdAt,
                        List.ofAll(e.getValue().events).map(LogEvent::timestamp).min(),
                        List.ofAll(e.getValue().events).map(LogEvent::timestamp).max()))));
    }

    @Override
    public Either<EcsError, LogStream> createStream(LogGroupName group, LogStreamName stream) {
        return state.call("CreateLogStream", () -> group(group).flatMap(g -> {
            if (g.streams.containsKey(stream.value())) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_STREAM_UNIQUE));
            }
            g.streams.put(stream.value(), new InMemoryState.StreamState(state.now()));
            return Either.right(new LogStream(stream, state.now(), Option.none(), Option.none()));
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.logs.RejectedLogEvents> putEvents(LogGroupName group, LogStreamName stream, Seq<LogEvent> events) {
        return state.call("PutLogEvents", () -> {
            InMemoryState.LogGroupState g = state.logGroups.get(group.value());
            if (g == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_FOUND));
            }
            // as the AWS adapter does, the port sends a batch in timestamp order (the wire refuses it unordered)
            return io.ecskit.domain.logs.LogIngestion.ingest(events.sortBy(LogEvent::timestamp), state.now(), g.group.retention())
                    .<EcsError>mapLeft(Errors::of)
                    .flatMap(ingested -> append(state, group, stream, ingested.stored()).map(ok -> ingested.rejected()));
        });
    }

    static Either<EcsError, Done> append(InMemoryState state, LogGroupName group, LogStreamName stream, Seq<LogEvent> events) {
        InMemoryState.LogGroupState g = state.logGroups.get(group.value());
        if (g == null) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_FOUND));
        }
        InMemoryState.StreamState s = g.streams.get(stream.value());
        if (s == null) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_STREAM_FOUND));
        }
        events.forEach(e -> s.events.add(new LogEvent(e.timestamp(), e.message(), stream)));
        return Either.right(Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<LogEvent>> events(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to) {
        return state.call("FilterLogEvents", () -> group(group).map(g -> List.ofAll(g.streams.entrySet())
                .filter(e -> streamPrefix.forAll(e.getKey()::startsWith))
                .flatMap(e -> e.getValue().events)
                .filter(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to))
                .sorted(Comparator.comparing(LogEvent::timestamp))));
    }

    private Either<EcsError, InMemoryState.LogGroupState> group(LogGroupName name) {
        return Option.of(state.logGroups.get(name.value()))
                .toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_FOUND));
    }
}
