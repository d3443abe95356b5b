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
        return state.call("DescribeLogGroups", () -> Either.right(Option.of(state.logGroups.get(name.value())).map(this::described)));
    }

    @Override
    public Either<EcsError, Seq<LogGroup>> groups(Option<String> prefix) {
        return state.call("DescribeLogGroups", () -> Either.right(List.ofAll(state.logGroups.values()).map(this::described)
                .filter(g -> prefix.forAll(p -> g.name().value().startsWith(p))).sortBy(g -> g.name().value())));
    }

    /** CloudWatch Logs' per-event overhead counted in a group's stored bytes (as in its ingestion-size rule). */
    private static final int EVENT_OVERHEAD = 26;

    /**
     * The group as DescribeLogGroups shows it now: retention applied, and {@code storedBytes} the UTF-8 size of the
     * events it keeps plus 26 bytes each.
     */
    private LogGroup described(InMemoryState.LogGroupState g) {
        expire(g);
        long bytes = g.streams.values().stream().flatMap(s -> s.events.stream())
                .mapToLong(e -> e.message().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + EVENT_OVERHEAD).sum();
        return new LogGroup(g.group.name(), g.group.arn(), g.group.retention(), g.group.createdAt(), bytes);
    }

    /**
     * Retention applied on the clock: events older than the group's retention are gone (CloudWatch Logs deletes them;
     * here they are dropped when the group is next read).
     */
    private void expire(InMemoryState.LogGroupState g) {
        g.group.retention().forEach(days -> {
            Instant cutoff = state.now().minus(java.time.Duration.ofDays(days.days()));
            g.streams.values().forEach(s -> s.events.removeIf(e -> e.timestamp().isBefore(cutoff)));
        });
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
        emitMetrics(state, g, events);
        return Either.right(Done.DONE);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EVENT_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The group's metric filters read what arrived: each event a filter's pattern matches is a data point of its metric in
     * CloudWatch (at the event's time; {@code metricValue} a number or a JSON event's {@code $.field}), which alarms see.
     * A minute's matches are one data point (their values merged); a minute of events none of which matched reports the
     * filter's default value, when it has one. A batch makes at most {@link #MATCHES_PER_BATCH} matches in all; a pattern
     * too costly for an event (a backtracking regular expression) stops that filter for the batch.
     */
    static void emitMetrics(InMemoryState state, InMemoryState.LogGroupState g, Seq<LogEvent> events) {
        if (g.metricFilters.isEmpty() || events.isEmpty()) {
            return;
        }
        java.time.Instant now = state.now();
        // each event's JSON read once for every filter (null: not JSON)
        java.util.Map<LogEvent, com.fasterxml.jackson.databind.JsonNode> parsed = new java.util.IdentityHashMap<>();
        int budget = MATCHES_PER_BATCH;
        for (io.ecskit.domain.logs.MetricFilter filter : List.ofAll(g.metricFilters.values())) {
            Either<String, FilterPattern> pattern = FilterPattern.parse(filter.filterPattern());
            if (pattern.isLeft() || filter.transformations().isEmpty()) {
                continue;
            }
            var t = filter.transformations().head();
            String unit = t.unit().getOrElse("None");
            // per minute of the batch: the matches' values merged (one data point a minute), or none matched
            java.util.Map<java.time.Instant, MetricsState.Sample> minutes = new java.util.TreeMap<>();
            for (LogEvent e : events) {
                if (budget-- <= 0) {
                    break;  // a batch matches at most MATCHES_PER_BATCH events in all, inside the region's lock
                }
                boolean matched;
                try {
                    matched = pattern.get().matches(e.message());
                } catch (FilterPattern.TooCostly tooCostly) {
                    break;
                }
                java.time.Instant minute = e.timestamp().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
                Option<Double> value = matched ? metricValue(t.metricValue(), e, parsed) : Option.none();
                if (value.isDefined() && Double.isFinite(value.get())) {
                    double v = value.get();
                    minutes.merge(minute, new MetricsState.Sample(1, v, v, v, unit), MetricsState.Sample::plus);
                } else {
                    minutes.putIfAbsent(minute, null);
                }
            }
            minutes.forEach((minute, sample) -> {
                if (sample != null) {
                    InMemoryMetrics.record(state, metricKey(t), minute, sample, now);
                } else if (t.defaultValue().isDefined()) {
                    double d = t.defaultValue().get();
                    InMemoryMetrics.record(state, metricKey(t), minute, new MetricsState.Sample(1, d, d, d, unit), now);
                }
            });
        }
    }

    /** How many (event, filter) matches one batch makes at most (10,000 events to each of 10 filters). */
    static final int MATCHES_PER_BATCH = 100_000;

    private static MetricsState.Key metricKey(io.ecskit.domain.logs.MetricFilter.Transformation t) {
        return MetricsState.Key.of(t.metricNamespace(), t.metricName(), List.empty());
    }

    /** A metric filter's value for a matching event: a number, or the number at {@code $.a.b} of a JSON event (none when absent). */
    private static Option<Double> metricValue(String metricValue, LogEvent event,
                                              java.util.Map<LogEvent, com.fasterxml.jackson.databind.JsonNode> parsed) {
        if (!metricValue.startsWith("$.")) {
            try {
                return Option.of(Double.parseDouble(metricValue));
            } catch (NumberFormatException notANumber) {
                return Option.none();
            }
        }
        com.fasterxml.jackson.databind.JsonNode node = parsed.computeIfAbsent(event, e -> {
            try {
                return EVENT_JSON.readTree(e.message());
            } catch (java.io.IOException notJson) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        });
        for (String member : metricValue.substring(2).split("\\.")) {
            node = node == null ? null : node.get(member);
        }
        return node != null && node.isNumber() ? Option.of(node.doubleValue()) : Option.none();
    }

    @Override
    public Either<EcsError, Seq<LogEvent>> events(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to) {
        return state.call("FilterLogEvents", () -> group(group).map(g -> List.ofAll(g.streams.entrySet())
                .filter(e -> streamPrefix.forAll(e.getKey()::startsWith))
                .flatMap(e -> e.getValue().events)
                .filter(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to))
                .sorted(Comparator.comparing(LogEvent::timestamp))));
    }

    /** A filter pattern, or CloudWatch Logs' refusal naming why (rule filterPatternValid). */
    private static Either<EcsError, FilterPattern> pattern(String text) {
        return FilterPattern.parse(text).mapLeft(problem -> EcsError.of(io.ecskit.domain.EcsRule.FILTER_PATTERN_VALID, problem));
    }

    @Override
    public Either<EcsError, Seq<LogEvent>> filterEvents(LogGroupName group, Option<String> streamPrefix, Instant from, Instant to,
                                                        String filterPattern) {
        // the events are read under the region's lock, matched after it is released (a costly pattern holds no one up)
        return pattern(filterPattern).flatMap(p -> state.call("FilterLogEvents", () -> group(group).map(g -> List.ofAll(g.streams.entrySet())
                        .filter(e -> streamPrefix.forAll(e.getKey()::startsWith))
                        .flatMap(e -> e.getValue().events)
                        .filter(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to))))
                .flatMap(events -> matching(p, events).map(found -> found.sorted(Comparator.comparing(LogEvent::timestamp)))));
    }

    /** The events whose message matches, or the refusal of a pattern too costly to match (rule filterPatternValid). */
    private static Either<EcsError, Seq<LogEvent>> matching(FilterPattern p, Seq<LogEvent> events) {
        try {
            return Either.right(events.filter(e -> p.matches(e.message())));
        } catch (FilterPattern.TooCostly e) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.FILTER_PATTERN_VALID, e.getMessage()));
        }
    }

    @Override
    public Either<EcsError, io.ecskit.domain.logs.MetricFilter> putMetricFilter(io.ecskit.domain.logs.MetricFilter filter) {
        return pattern(filter.filterPattern()).flatMap(p -> state.call("PutMetricFilter", () -> group(filter.logGroupName()).flatMap(g -> {
            if (!g.metricFilters.containsKey(filter.filterName()) && g.metricFilters.size() >= 100) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_FILTERS_PER_GROUP));
            }
            var existing = g.metricFilters.get(filter.filterName());
            var stored = new io.ecskit.domain.logs.MetricFilter(filter.filterName(), filter.filterPattern(), filter.logGroupName(),
                    filter.transformations(), existing == null ? state.now() : existing.creationTime());
            g.metricFilters.put(filter.filterName(), stored);
            return Either.right(stored);
        })));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.logs.MetricFilter>> metricFilters(Option<LogGroupName> group, Option<String> namePrefix,
                                                                                 Option<String> metricName, Option<String> metricNamespace) {
        return state.call("DescribeMetricFilters", () -> {
            Either<EcsError, List<InMemoryState.LogGroupState>> groups = group.isDefined() ? group(group.get()).map(List::of)
                    : Either.right(List.ofAll(state.logGroups.values()));
            return groups.map(gs -> gs.flatMap(g -> g.metricFilters.values())
                    .filter(f -> namePrefix.forAll(f.filterName()::startsWith))
                    .filter(f -> f.transformations().exists(t -> metricName.forAll(t.metricName()::equals)
                            && metricNamespace.forAll(t.metricNamespace()::equals))));
        });
    }

    @Override
    public Either<EcsError, Done> deleteMetricFilter(LogGroupName group, String filterName) {
        return state.call("DeleteMetricFilter", () -> group(group).flatMap(g -> g.metricFilters.remove(filterName) == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.METRIC_FILTER_FOUND)) : Either.right(Done.DONE)));
    }

    @Override
    public Either<EcsError, Seq<Integer>> testMetricFilter(String filterPattern, Seq<String> messages) {
        // TestMetricFilter reads no state: it is counted, and the messages are matched outside the region's lock
        return pattern(filterPattern).flatMap(p -> state.call("TestMetricFilter", () -> Either.<EcsError, Done>right(Done.DONE))
                .flatMap(counted -> {
                    try {
                        return Either.right(messages.zipWithIndex().filter(m -> p.matches(m._1)).map(m -> m._2 + 1));
                    } catch (FilterPattern.TooCostly e) {
                        return Either.left(EcsError.of(io.ecskit.domain.EcsRule.FILTER_PATTERN_VALID, e.getMessage()));
                    }
                }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.logs.SubscriptionFilter> putSubscriptionFilter(io.ecskit.domain.logs.SubscriptionFilter filter) {
        return pattern(filter.filterPattern()).flatMap(p -> state.call("PutSubscriptionFilter", () -> group(filter.logGroupName()).flatMap(g -> {
            if (!g.subscriptionFilters.containsKey(filter.filterName()) && g.subscriptionFilters.size() >= 2) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOG_FILTERS_PER_GROUP));
            }
            var existing = g.subscriptionFilters.get(filter.filterName());
            var stored = new io.ecskit.domain.logs.SubscriptionFilter(filter.filterName(), filter.logGroupName(), filter.filterPattern(),
                    filter.destinationArn(), filter.roleArn(), filter.distribution(), existing == null ? state.now() : existing.creationTime());
            g.subscriptionFilters.put(filter.filterName(), stored);
            return Either.right(stored);
        })));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.logs.SubscriptionFilter>> subscriptionFilters(LogGroupName group, Option<String> namePrefix) {
        return state.call("DescribeSubscriptionFilters", () -> group(group).map(g -> List.ofAll(g.subscriptionFilters.values())
                .filter(f -> namePrefix.forAll(f.filterName()::startsWith))));
    }

    @Override
    public Either<EcsError, Done> deleteSubscriptionFilter(LogGroupName group, String filterName) {
        return state.call("DeleteSubscriptionFilter", () -> group(group).flatMap(g -> g.subscriptionFilters.remove(filterName) == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.SUBSCRIPTION_FILTER_FOUND)) : Either.right(Done.DONE)));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.Tag>> tags(LogGroupName group) {
        return state.call("ListTagsForResource", () -> group(group).map(g ->
                List.ofAll(g.tags.entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()))));
    }

    @Override
    public Either<EcsError, Done> tag(LogGroupName group, Seq<io.ecskit.domain.Tag> tags) {
        return state.call("TagResource", () -> group(group).flatMap(g -> Tagging.merge(g.tags, tags,
                EcsError.of(tags.exists(t -> t.key().getOrElse("").isEmpty() || t.key().get().length() > 128)
                        ? io.ecskit.domain.EcsRule.TAG_KEY_LENGTH : io.ecskit.domain.EcsRule.TAG_VALUE_LENGTH),
                EcsError.of(io.ecskit.domain.EcsRule.LOG_TAGS_AT_MOST_FIFTY))));
    }

    @Override
    public Either<EcsError, Done> untag(LogGroupName group, Seq<String> keys) {
        return state.call("UntagResource", () -> group(group).map(g -> {
            keys.forEach(g.tags::remove);
            return Done.DONE;
        }));
    }

    /** The group, its retention applied; ResourceNotFoundException when unknown. */
    private Either<EcsError, InMemoryState.LogGroupState> group(LogGroupName name) {
        return Option.of(state.logGroups.get(name.value()))
                .peek(this::expire)
                .toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.LOG_GROUP_FOUND));
    }
}
