package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.mapping.EcrLogsMapping;
import io.ecskit.port.EcsKit;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.cloudwatchlogs.model.*;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** CloudWatch Logs ({@code Logs_20140328}) on the ports: the server table's Logs rows (ECR's are {@link EcrOperations}). */
final class LogsOperations {

    static final String LOGS = "Logs_20140328.";

    private LogsOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(LOGS + "CreateLogGroup", (kit, body) -> {
            CreateLogGroupRequest r = Wire.read(body, CreateLogGroupRequest::builder, "CreateLogGroup", Set.of("logGroupName", "tags"));
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()));
            Option<Answer> invalid = invalidLogTags(tags);
            if (invalid.isDefined()) {
                return invalid.get();
            }
            // the tags were checked above, so tagging the new group cannot fail half-way
            return kit.api().logs().createGroup(group(r.logGroupName()), Option.none())
                    .flatMap(g -> tags.isEmpty() ? io.vavr.control.Either.right(g) : kit.api().logs().tag(g.name(), tags).map(done -> g))
                    .fold(Answer::error, g -> Answer.ok(CreateLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "ListTagsLogGroup", (kit, body) -> {
            var r = Wire.read(body, ListTagsLogGroupRequest::builder, "ListTagsLogGroup", Set.of("logGroupName"));
            return kit.api().logs().tags(group(r.logGroupName())).fold(Answer::error, tags -> Answer.ok(ListTagsLogGroupResponse.builder()
                    .tags(tags.toJavaMap(t -> new io.vavr.Tuple2<>(t.key().get(), t.value().getOrElse("")))).build()));
        });
        operations.put(LOGS + "TagLogGroup", (kit, body) -> {
            var r = Wire.read(body, TagLogGroupRequest::builder, "TagLogGroup", Set.of("logGroupName", "tags"));
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()));
            return kit.api().logs().tag(group(r.logGroupName()), tags).fold(Answer::error, done -> Answer.ok(TagLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "UntagLogGroup", (kit, body) -> {
            var r = Wire.read(body, UntagLogGroupRequest::builder, "UntagLogGroup", Set.of("logGroupName", "tags"));
            return kit.api().logs().untag(group(r.logGroupName()), List.ofAll(r.tags()))
                    .fold(Answer::error, done -> Answer.ok(UntagLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "ListTagsForResource", (kit, body) -> {
            var r = Wire.read(body, ListTagsForResourceRequest::builder, "ListTagsForResource", Set.of("resourceArn"));
            return kit.api().logs().tags(groupOfArn(kit, r.resourceArn())).fold(Answer::error, tags -> Answer.ok(ListTagsForResourceResponse.builder()
                    .tags(tags.toJavaMap(t -> new io.vavr.Tuple2<>(t.key().get(), t.value().getOrElse("")))).build()));
        });
        operations.put(LOGS + "TagResource", (kit, body) -> {
            var r = Wire.read(body, TagResourceRequest::builder, "TagResource", Set.of("resourceArn", "tags"));
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()));
            return kit.api().logs().tag(groupOfArn(kit, r.resourceArn()), tags)
                    .fold(Answer::error, done -> Answer.ok(TagResourceResponse.builder().build()));
        });
        operations.put(LOGS + "UntagResource", (kit, body) -> {
            var r = Wire.read(body, UntagResourceRequest::builder, "UntagResource", Set.of("resourceArn", "tagKeys"));
            return kit.api().logs().untag(groupOfArn(kit, r.resourceArn()), List.ofAll(r.tagKeys()))
                    .fold(Answer::error, done -> Answer.ok(UntagResourceResponse.builder().build()));
        });
        operations.put(LOGS + "DeleteLogGroup", (kit, body) -> {
            DeleteLogGroupRequest r = Wire.read(body, DeleteLogGroupRequest::builder, "DeleteLogGroup", Set.of("logGroupName"));
            return kit.api().logs().deleteGroup(group(r.logGroupName())).fold(Answer::error, ok -> Answer.ok(DeleteLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "DeleteRetentionPolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.cloudwatchlogs.model.DeleteRetentionPolicyRequest::builder,
                    "DeleteRetentionPolicy", Set.of("logGroupName"));
            return kit.api().logs().deleteRetention(group(r.logGroupName())).fold(Answer::error,
                    ok -> Answer.ok(software.amazon.awssdk.services.cloudwatchlogs.model.DeleteRetentionPolicyResponse.builder().build()));
        });
        operations.put(LOGS + "DeleteLogStream", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.cloudwatchlogs.model.DeleteLogStreamRequest::builder,
                    "DeleteLogStream", Set.of("logGroupName", "logStreamName"));
            return kit.api().logs().deleteStream(group(r.logGroupName()), stream(r.logStreamName())).fold(Answer::error,
                    ok -> Answer.ok(software.amazon.awssdk.services.cloudwatchlogs.model.DeleteLogStreamResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeLogGroups", (kit, body) -> {
            DescribeLogGroupsRequest r = Wire.read(body, DescribeLogGroupsRequest::builder, "DescribeLogGroups",
                    Set.of("logGroupNamePrefix", "limit", "nextToken"));
            // CloudWatch Logs pages by limit: 50 at most and by default
            Pages.Request page = Pages.request("DescribeLogGroups", r.limit(), r.nextToken(), 50, 50);
            return kit.api().logs().groups(Option.of(r.logGroupNamePrefix())).map(groups -> page.of(groups))
                    .fold(Answer::error, p -> Answer.ok(DescribeLogGroupsResponse.builder()
                            .logGroups(p.items().map(EcrLogsMapping::toSdk).toJavaList()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(LOGS + "PutRetentionPolicy", (kit, body) -> {
            PutRetentionPolicyRequest r = Wire.read(body, PutRetentionPolicyRequest::builder, "PutRetentionPolicy", Set.of());
            RetentionDays days = Wire.one(RetentionDays.parse(r.retentionInDays() == null ? 0 : r.retentionInDays()));
            return kit.api().logs().putRetention(group(r.logGroupName()), days)
                    .fold(Answer::error, g -> Answer.ok(PutRetentionPolicyResponse.builder().build()));
        });
        operations.put(LOGS + "CreateLogStream", (kit, body) -> {
            CreateLogStreamRequest r = Wire.read(body, CreateLogStreamRequest::builder, "CreateLogStream", Set.of());
            return kit.api().logs().createStream(group(r.logGroupName()), stream(r.logStreamName()))
                    .fold(Answer::error, s -> Answer.ok(CreateLogStreamResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeLogStreams", (kit, body) -> {
            DescribeLogStreamsRequest r = Wire.read(body, DescribeLogStreamsRequest::builder, "DescribeLogStreams",
                    Set.of("logGroupName", "logStreamNamePrefix", "limit", "nextToken", "orderBy", "descending"));
            LogGroupName group = group(r.logGroupName());
            String groupArn = "arn:aws:logs:" + kit.region() + ":" + kit.accountId() + ":log-group:" + group.value();
            boolean byLastEvent = "LastEventTime".equals(r.orderByAsString());
            if (byLastEvent && r.logStreamNamePrefix() != null) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "Cannot order by LastEventTime with a logStreamNamePrefix."));
            }
            // ordered by name (the default) or by the last event's time, descending when asked, paged by limit (50 at most)
            Pages.Request page = Pages.request("DescribeLogStreams", r.limit(), r.nextToken(), 50, 50);
            java.util.Comparator<io.ecskit.domain.logs.LogStream> order = byLastEvent
                    ? java.util.Comparator.comparing(s -> s.lastEventAt().getOrElse(s.createdAt()))
                    : java.util.Comparator.comparing(s -> s.name().value());
            java.util.Comparator<io.ecskit.domain.logs.LogStream> sorted = Boolean.TRUE.equals(r.descending()) ? order.reversed() : order;
            return kit.api().logs().streams(group, Option.of(r.logStreamNamePrefix())).map(streams -> page.of(streams.sorted(sorted)))
                    .fold(Answer::error, p -> Answer.ok(DescribeLogStreamsResponse.builder()
                            .logStreams(p.items().map(s -> EcrLogsMapping.toSdk(s, groupArn)).asJava()).nextToken(p.nextToken().getOrNull())
                            .build()));
        });
        operations.put(LOGS + "PutLogEvents", (kit, body) -> {
            PutLogEventsRequest r = Wire.read(body, PutLogEventsRequest::builder, "PutLogEvents",
                    Set.of("logGroupName", "logStreamName", "logEvents", "sequenceToken"));
            LogStreamName stream = stream(r.logStreamName());
            for (int i = 0; i < r.logEvents().size(); i++) {
                if (r.logEvents().get(i).timestamp() == null) {
                    throw Wire.missing("logEvents." + (i + 1) + ".member.timestamp");
                }
                if (r.logEvents().get(i).message() == null) {
                    throw Wire.missing("logEvents." + (i + 1) + ".member.message");
                }
            }
            Seq<LogEvent> events = List.ofAll(r.logEvents()).map(e -> new LogEvent(Instant.ofEpochMilli(e.timestamp()), e.message(), stream));
            // CloudWatch Logs refuses a request whose events are out of order (rule logEventsChronological)
            io.ecskit.domain.logs.LogIngestion.chronological(events).forEach(v -> {
                throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.InvalidParameter.of(v.message())));
            });
            return kit.api().logs().putEvents(group(r.logGroupName()), stream, events)
                    .fold(Answer::error, rejected -> Answer.ok(PutLogEventsResponse.builder()
                            .rejectedLogEventsInfo(rejected.any() ? software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo
                                    .builder().tooNewLogEventStartIndex(rejected.tooNewLogEventStartIndex().getOrNull())
                                    .tooOldLogEventEndIndex(rejected.tooOldLogEventEndIndex().getOrNull())
                                    .expiredLogEventEndIndex(rejected.expiredLogEventEndIndex().getOrNull()).build() : null)
                            .build()));
        });
        operations.put(LOGS + "FilterLogEvents", (kit, body) -> {
            FilterLogEventsRequest r = Wire.read(body, FilterLogEventsRequest::builder, "FilterLogEvents",
                    Set.of("logGroupName", "logStreamNamePrefix", "logStreamNames", "startTime", "endTime", "limit", "nextToken", "interleaved",
                            "filterPattern"));
            Seq<String> names = r.hasLogStreamNames() ? List.ofAll(r.logStreamNames()) : List.empty();
            // pages of limit events (10,000 at most and by default) with a signed nextToken, as CloudWatch Logs pages
            Pages.Request page = Pages.request("FilterLogEvents", r.limit(), r.nextToken(), 10_000, 10_000);
            var events = r.filterPattern() == null || r.filterPattern().isBlank()
                    ? events(kit, r.logGroupName(), Option.of(r.logStreamNamePrefix()), r.startTime(), r.endTime())
                    : kit.api().logs().filterEvents(group(r.logGroupName()), Option.of(r.logStreamNamePrefix()), from(r.startTime()),
                            to(r.endTime()), r.filterPattern());
            return events
                    .map(found -> page.of(found.filter(e -> names.isEmpty() || names.contains(e.stream().value())).zipWithIndex()))
                    .fold(Answer::error, p -> Answer.ok(FilterLogEventsResponse.builder()
                            .events(p.items().map(ei -> EcrLogsMapping.toSdk(ei._1, String.valueOf(ei._2))).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(LOGS + "GetLogEvents", (kit, body) -> {
            GetLogEventsRequest r = Wire.read(body, GetLogEventsRequest::builder, "GetLogEvents",
                    Set.of("logGroupName", "logStreamName", "startTime", "endTime", "limit", "nextToken", "startFromHead"));
            String name = stream(r.logStreamName()).value();
            int limit = r.limit() == null ? 10_000 : r.limit();
            if (limit < 1 || limit > 10_000) {
                throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.LOG_EVENTS_LIMIT_RANGE, limit,
                        "limit", limit < 1 ? "greater than or equal to 1" : "less than or equal to 10000")));
            }
            Option<long[]> token = Option.of(r.nextToken()).map(LogsOperations::streamToken);
            return events(kit, r.logGroupName(), Option.of(name), r.startTime(), r.endTime())
                    .map(found -> found.filter(e -> e.stream().value().equals(name)))
                    .fold(Answer::error, found -> {
                        // the window GetLogEvents answers: from the head, from the tail (the default), or next to a token
                        int size = found.size();
                        int from;
                        int to;
                        if (token.isDefined()) {
                            int at = (int) Math.min(token.get()[1], size);
                            boolean forward = token.get()[0] == 'f';
                            from = forward ? at : Math.max(0, at - limit);
                            to = forward ? Math.min(size, at + limit) : at;
                        } else if (Boolean.TRUE.equals(r.startFromHead())) {
                            from = 0;
                            to = Math.min(size, limit);
                        } else {
                            from = Math.max(0, size - limit);
                            to = size;
                        }
                        return Answer.ok(GetLogEventsResponse.builder().events(found.slice(from, to).map(e -> OutputLogEvent.builder()
                                        .timestamp(e.timestamp().toEpochMilli()).ingestionTime(e.timestamp().toEpochMilli()).message(e.message()).build())
                                .asJava()).nextForwardToken(streamToken('f', to)).nextBackwardToken(streamToken('b', from)).build());
                    });
        });
        registerLogFilters(operations);
    }

    /**
     * GetLogEvents' tokens, shaped as CloudWatch Logs' ({@code f/} or {@code b/} and 56 digits): a position in the stream's
     * events. At the end of the stream the forward token comes back unchanged, which is how clients know to stop.
     */
    static String streamToken(char direction, long position) {
        return direction + "/" + String.format("%056d", position);
    }

    private static long[] streamToken(String token) {
        String digits = token.length() == 58 ? token.substring(2).replaceFirst("^0+(?=.)", "") : "";
        if (token.matches("[fb]/\\d{56}") && digits.length() <= 9) {
            return new long[] {token.charAt(0), Long.parseLong(digits)};
        }
        throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "The specified nextToken is invalid."));
    }

    /** Logs' startTime is inclusive and endTime inclusive; the port's {@code to} is exclusive. */
    private static io.vavr.control.Either<io.ecskit.domain.error.EcsError, Seq<LogEvent>> events(
            EcsKit kit, String group, Option<String> prefix, Long start, Long end) {
        return kit.api().logs().events(group(group), prefix, from(start), to(end));
    }

    /** Why tags given at CreateLogGroup would be refused by TagResource (checked before the group is created). */
    private static Option<Answer> invalidLogTags(Seq<io.ecskit.domain.Tag> tags) {
        if (tags.exists(t -> t.key().getOrElse("").isEmpty() || t.key().get().length() > 128)) {
            return Option.of(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.TAG_KEY_LENGTH)));
        }
        if (tags.exists(t -> t.value().getOrElse("").length() > 256)) {
            return Option.of(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.TAG_VALUE_LENGTH)));
        }
        return tags.size() > 50 ? Option.of(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.LOG_TAGS_AT_MOST_FIFTY)))
                : Option.none();
    }

    /** The log group a tagging ARN names ({@code arn:aws:logs:<region>:<account>:log-group:<name>[:*]}), rule logResourceArnValid. */
    private static LogGroupName groupOfArn(EcsKit kit, String arn) {
        String prefix = "arn:aws:logs:" + kit.region() + ":" + kit.accountId() + ":log-group:";
        if (arn == null || !arn.startsWith(prefix)) {
            throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.LOG_RESOURCE_ARN_VALID, arn)));
        }
        String name = arn.substring(prefix.length());
        return group(name.endsWith(":*") ? name.substring(0, name.length() - 2) : name);
    }

    /** A request's startTime (epoch milliseconds, inclusive): none is the beginning of time. */
    private static Instant from(Long start) {
        return start == null ? Instant.EPOCH : Instant.ofEpochMilli(start);
    }

    /** A request's endTime (epoch milliseconds, inclusive) as an exclusive bound: none is the end of time. */
    private static Instant to(Long end) {
        return end == null ? Instant.parse("9999-12-31T00:00:00Z") : Instant.ofEpochMilli(end + 1);
    }

    /** CloudWatch Logs' metric and subscription filters, and TestMetricFilter. */
    private static void registerLogFilters(Map<String, Operation> operations) {
        operations.put(LOGS + "PutMetricFilter", (kit, body) -> {
            var r = Wire.read(body, PutMetricFilterRequest::builder, "PutMetricFilter",
                    Set.of("logGroupName", "filterName", "filterPattern", "metricTransformations"));
            if (r.filterName() == null || r.filterPattern() == null) {
                throw Wire.missing(r.filterName() == null ? "filterName" : "filterPattern");
            }
            if (r.metricTransformations().size() != 1) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "1 validation error detected: "
                        + io.ecskit.domain.EcsRule.MEMBER_CONSTRAINT.message("", "metricTransformations", "have length less than or equal to 1 "
                        + "and greater than or equal to 1")));
            }
            var t = r.metricTransformations().get(0);
            if (t.metricName() == null || t.metricNamespace() == null || t.metricValue() == null) {
                throw Wire.missing("metricTransformations.1." + (t.metricName() == null ? "metricName"
                        : t.metricNamespace() == null ? "metricNamespace" : "metricValue"));
            }
            if (t.hasDimensions() && !t.dimensions().isEmpty()) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "ecskit server does not model metric dimensions yet: leave metricTransformations.1.dimensions out"));
            }
            var filter = new io.ecskit.domain.logs.MetricFilter(r.filterName(), r.filterPattern(), group(r.logGroupName()),
                    List.of(new io.ecskit.domain.logs.MetricFilter.Transformation(t.metricName(), t.metricNamespace(), t.metricValue(),
                            Option.of(t.defaultValue()), Option.of(t.unitAsString()))), Instant.EPOCH);
            return kit.api().logs().putMetricFilter(filter).fold(Answer::error, f -> Answer.ok(PutMetricFilterResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeMetricFilters", (kit, body) -> {
            var r = Wire.read(body, DescribeMetricFiltersRequest::builder, "DescribeMetricFilters",
                    Set.of("logGroupName", "filterNamePrefix", "metricName", "metricNamespace", "limit", "nextToken"));
            if ((r.metricName() == null) != (r.metricNamespace() == null)) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "metricName and metricNamespace must be given together"));
            }
            // CloudWatch Logs pages by limit: 50 at most and by default
            Pages.Request page = Pages.request("DescribeMetricFilters", r.limit(), r.nextToken(), 50, 50);
            return kit.api().logs().metricFilters(Option.of(r.logGroupName()).map(LogsOperations::group), Option.of(r.filterNamePrefix()),
                    Option.of(r.metricName()), Option.of(r.metricNamespace())).map(page::of).fold(Answer::error, p -> Answer.ok(
                    DescribeMetricFiltersResponse.builder().nextToken(p.nextToken().getOrNull()).metricFilters(p.items().map(f ->
                            software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter.builder().filterName(f.filterName())
                                    .filterPattern(f.filterPattern()).logGroupName(f.logGroupName().value())
                                    .creationTime(f.creationTime().toEpochMilli())
                                    .metricTransformations(f.transformations().map(t -> MetricTransformation.builder().metricName(t.metricName())
                                            .metricNamespace(t.metricNamespace()).metricValue(t.metricValue())
                                            .defaultValue(t.defaultValue().getOrNull()).unit(t.unit().getOrNull()).build()).asJava())
                                    .build()).asJava()).build()));
        });
        operations.put(LOGS + "DeleteMetricFilter", (kit, body) -> {
            var r = Wire.read(body, DeleteMetricFilterRequest::builder, "DeleteMetricFilter", Set.of("logGroupName", "filterName"));
            if (r.filterName() == null) {
                throw Wire.missing("filterName");
            }
            return kit.api().logs().deleteMetricFilter(group(r.logGroupName()), r.filterName())
                    .fold(Answer::error, done -> Answer.ok(DeleteMetricFilterResponse.builder().build()));
        });
        operations.put(LOGS + "TestMetricFilter", (kit, body) -> {
            var r = Wire.read(body, TestMetricFilterRequest::builder, "TestMetricFilter", Set.of("filterPattern", "logEventMessages"));
            if (r.filterPattern() == null) {
                throw Wire.missing("filterPattern");
            }
            if (r.logEventMessages().isEmpty() || r.logEventMessages().size() > 50) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "1 validation error detected: "
                        + io.ecskit.domain.EcsRule.MEMBER_CONSTRAINT.message("", "logEventMessages", "have length less than or equal to 50 "
                        + "and greater than or equal to 1")));
            }
            Seq<String> messages = List.ofAll(r.logEventMessages());
            return kit.api().logs().testMetricFilter(r.filterPattern(), messages).fold(Answer::error, matches -> Answer.ok(
                    TestMetricFilterResponse.builder().matches(matches.map(n -> MetricFilterMatchRecord.builder().eventNumber((long) n)
                            .eventMessage(messages.get(n - 1)).extractedValues(java.util.Map.of()).build()).asJava()).build()));
        });
        operations.put(LOGS + "PutSubscriptionFilter", (kit, body) -> {
            var r = Wire.read(body, PutSubscriptionFilterRequest::builder, "PutSubscriptionFilter",
                    Set.of("logGroupName", "filterName", "filterPattern", "destinationArn", "roleArn", "distribution"));
            if (r.filterName() == null || r.filterPattern() == null || r.destinationArn() == null) {
                throw Wire.missing(r.filterName() == null ? "filterName" : r.filterPattern() == null ? "filterPattern" : "destinationArn");
            }
            // an unknown distribution is refused by Wire.read's model check; none is CloudWatch Logs' default
            String distribution = r.distributionAsString() == null ? "ByLogStream" : r.distributionAsString();
            var filter = new io.ecskit.domain.logs.SubscriptionFilter(r.filterName(), group(r.logGroupName()), r.filterPattern(),
                    r.destinationArn(), Option.of(r.roleArn()), distribution, Instant.EPOCH);
            return kit.api().logs().putSubscriptionFilter(filter).fold(Answer::error, f -> Answer.ok(PutSubscriptionFilterResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeSubscriptionFilters", (kit, body) -> {
            var r = Wire.read(body, DescribeSubscriptionFiltersRequest::builder, "DescribeSubscriptionFilters",
                    Set.of("logGroupName", "filterNamePrefix", "limit", "nextToken"));
            // CloudWatch Logs pages by limit: 50 at most and by default
            Pages.Request page = Pages.request("DescribeSubscriptionFilters", r.limit(), r.nextToken(), 50, 50);
            return kit.api().logs().subscriptionFilters(group(r.logGroupName()), Option.of(r.filterNamePrefix())).map(page::of)
                    .fold(Answer::error, p -> Answer.ok(DescribeSubscriptionFiltersResponse.builder().nextToken(p.nextToken().getOrNull())
                            .subscriptionFilters(p.items().map(f -> SubscriptionFilter.builder().filterName(f.filterName())
                                    .logGroupName(f.logGroupName().value()).filterPattern(f.filterPattern()).destinationArn(f.destinationArn())
                                    .roleArn(f.roleArn().getOrNull()).distribution(f.distribution())
                                    .creationTime(f.creationTime().toEpochMilli()).build()).asJava()).build()));
        });
        operations.put(LOGS + "DeleteSubscriptionFilter", (kit, body) -> {
            var r = Wire.read(body, DeleteSubscriptionFilterRequest::builder, "DeleteSubscriptionFilter", Set.of("logGroupName", "filterName"));
            if (r.filterName() == null) {
                throw Wire.missing("filterName");
            }
            return kit.api().logs().deleteSubscriptionFilter(group(r.logGroupName()), r.filterName())
                    .fold(Answer::error, done -> Answer.ok(DeleteSubscriptionFilterResponse.builder().build()));
        });
    }

    private static LogGroupName group(String name) {
        if (name == null) {
            throw Wire.missing("logGroupName");
        }
        return Wire.one(LogGroupName.parse(name));
    }

    private static LogStreamName stream(String name) {
        if (name == null) {
            throw Wire.missing("logStreamName");
        }
        return Wire.one(LogStreamName.parse(name));
    }
}
