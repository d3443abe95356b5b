package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * CloudWatch metrics and metric alarms in memory (issue 25 item 4), with CloudWatch's checks and errors
 * (docs/ecs-rules.md, "CloudWatch"). Alarms are evaluated on the clock every period: the statistic of each of the last
 * EvaluationPeriods periods against the threshold, DatapointsToAlarm of them breaching for ALARM, missing data as
 * TreatMissingData says. An alarm in ALARM is what deployments watching it see (deploymentConfiguration.alarms), and its
 * state changes are sent to EventBridge ("CloudWatch Alarm State Change"). Services under scripted load
 * ({@code Simulator.serviceLoad}) report AWS/ECS CPUUtilization and MemoryUtilization each minute while tasks run; scripted
 * traffic through a load balancer ({@code Simulator.requests}) is reported in AWS/ApplicationELB each minute, and the
 * services of clusters with Container Insights on report their task counts in ECS/ContainerInsights.
 */
final class InMemoryMetrics implements MetricsPort {

    static final java.util.Set<String> STATISTICS = java.util.Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
    static final java.util.Set<String> COMPARISONS = java.util.Set.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold");
    static final java.util.Set<String> MISSING = java.util.Set.of("missing", "notBreaching", "breaching", "ignore");
    static final java.util.Set<String> STATES = java.util.Set.of("OK", "ALARM", "INSUFFICIENT_DATA");
    private static final int MAX_DATA = 1000;
    private static final int MAX_DATAPOINTS = 1440;

    private final InMemoryState state;

    @Inject
    InMemoryMetrics(InMemoryState state) {
        this.state = state;
    }

    private MetricsState cw() {
        return state.metrics;
    }

    @Override
    public Either<EcsError, Done> putMetricData(String namespace, Seq<MetricDatum> data) {
        return state.call("PutMetricData", () -> {
            if (namespace.startsWith("AWS/")) {
                return Either.left(EcsError.of(EcsRule.METRIC_NAMESPACE_OURS, namespace));
            }
            if (data.size() > MAX_DATA) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message("", "metricData",
                        "have length less than or equal to " + MAX_DATA)), "InvalidParameterValue"));
            }
            Instant now = state.now();
            for (int i = 0; i < data.size(); i++) {
                MetricDatum d = data.get(i);
                int index = i + 1;
                Option<EcsError> dims = dimensionsComplete(d.dimensions());
                if (dims.isDefined()) {
                    return Either.left(dims.get());
                }
                if (d.value().isDefined() && d.statistics().isDefined()) {
                    return Either.left(EcsError.of(EcsRule.METRIC_VALUE_OR_STATISTICS, index));
                }
                Instant at = d.timestamp().getOrElse(now);
                if (at.isBefore(now.minus(Duration.ofDays(14)))) {
                    return Either.left(EcsError.of(EcsRule.METRIC_TIMESTAMP_RECENT, index, "two weeks in the past"));
                }
                if (at.isAfter(now.plus(Duration.ofHours(2)))) {
                    return Either.left(EcsError.of(EcsRule.METRIC_TIMESTAMP_RECENT, index, "two hours in the future"));
                }
                for (double v : d.value().toList().appendAll(d.values())) {
                    if (Double.isNaN(v) || Double.isInfinite(v)) {
                        return Either.left(EcsError.of(EcsRule.METRIC_VALUE_FINITE, v, index));
                    }
                }
            }
            for (MetricDatum d : data) {
                record(MetricsState.Key.of(namespace, d.metricName(), d.dimensions()), d.timestamp().getOrElse(now), sample(d));
            }
            return Either.right(Done.DONE);
        });
    }

    private static MetricsState.Sample sample(MetricDatum d) {
        String unit = d.unit().getOrElse("None");
        if (d.statistics().isDefined()) {
            var s = d.statistics().get();
            return new MetricsState.Sample(s.sampleCount(), s.sum(), s.minimum(), s.maximum(), unit);
        }
        if (d.value().isDefined()) {
            double v = d.value().get();
            return new MetricsState.Sample(1, v, v, v, unit);
        }
        double count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.values().size(); i++) {
            double v = d.values().get(i);
            double c = i < d.counts().size() ? d.counts().get(i) : 1;
            count += c;
            sum += v * c;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new MetricsState.Sample(count, sum, count == 0 ? 0 : min, count == 0 ? 0 : max, unit);
    }

    private void record(MetricsState.Key key, Instant at, MetricsState.Sample sample) {
        record(state, key, at, sample, state.now());
    }

    /**
     * A value stored; dormant alarms on its metric wake for the next period's end; data older than CloudWatch keeps
     * (15 days at one-minute resolution) is dropped.
     */
    static void record(InMemoryState state, MetricsState.Key key, Instant at, MetricsState.Sample sample, Instant now) {
        MetricsState cw = state.metrics;
        TreeMap<Instant, MetricsState.Sample> points = cw.metrics.computeIfAbsent(key, k -> new TreeMap<>());
        points.merge(at, sample, MetricsState.Sample::plus);
        points.headMap(now.minus(RETENTION)).clear();
        for (MetricAlarm alarm : cw.alarms.values()) {
            if (!cw.nextEvaluation.containsKey(alarm.spec().alarmName())
                    && MetricsState.Key.of(alarm.spec().namespace(), alarm.spec().metricName(), alarm.spec().dimensions()).equals(key)) {
                cw.nextEvaluation.put(alarm.spec().alarmName(), boundary(now, alarm.spec().period()));
            }
        }
    }

    /** How long CloudWatch keeps one-minute data. */
    static final Duration RETENTION = Duration.ofDays(15);

    @Override
    public Either<EcsError, Seq<Datapoint>> metricStatistics(String namespace, String metricName, Seq<Dimension> dimensions, Instant start,
                                                             Instant end, int period, Seq<String> statistics) {
        return state.call("GetMetricStatistics", () -> {
            if (!start.isBefore(end)) {
                return Either.left(EcsError.of(EcsRule.METRIC_TIME_RANGE));
            }
            if (!validPeriod(period)) {
                return Either.left(EcsError.of(EcsRule.METRIC_PERIOD_VALID));
            }
            if (statistics.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.METRIC_STATISTICS_REQUIRED));
            }
            Option<String> unknown = statistics.find(s -> !STATISTICS.contains(s));
            if (unknown.isDefined()) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + unknown.get() + "'", "statistics",
                        "satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]")), "InvalidParameterValue"));
            }
            long count = (Duration.between(start, end).toSeconds() + period - 1) / period;
            if (count > MAX_DATAPOINTS) {
                return Either.left(EcsError.of(EcsRule.METRIC_DATAPOINT_LIMIT, String.format("%,d", count)));
            }
            TreeMap<Instant, MetricsState.Sample> points = cw().metrics.get(MetricsState.Key.of(namespace, metricName, dimensions));
            List<Datapoint> answer = List.empty();
            for (Instant from = start; from.isBefore(end); from = from.plusSeconds(period)) {
                Option<MetricsState.Sample> s = aggregate(points, from, from.plusSeconds(period).isAfter(end) ? end : from.plusSeconds(period));
                if (s.isDefined()) {
                    MetricsState.Sample v = s.get();
                    answer = answer.append(new Datapoint(from, stat(statistics, "SampleCount", v.count()), stat(statistics, "Average", v.sum() / v.count()),
                            stat(statistics, "Sum", v.sum()), stat(statistics, "Minimum", v.min()), stat(statistics, "Maximum", v.max()),
                            Option.of(v.unit())));
                }
            }
            return Either.right(answer);
        });
    }

    private static Option<Double> stat(Seq<String> asked, String name, double value) {
        return asked.contains(name) ? Option.of(value) : Option.none();
    }

    static boolean validPeriod(int period) {
        return period == 10 || period == 20 || period == 30 || period >= 60 && period % 60 == 0;
    }

    /** The values of [from, to), merged; none when no value fell in it. */
    static Option<MetricsState.Sample> aggregate(TreeMap<Instant, MetricsState.Sample> points, Instant from, Instant to) {
        if (points == null) {
            return Option.none();
        }
        MetricsState.Sample merged = null;
        for (MetricsState.Sample s : points.subMap(from, true, to, false).values()) {
            merged = merged == null ? s : merged.plus(s);
        }
        return Option.of(merged).filter(s -> s.count() > 0);
    }

    @Override
    public Either<EcsError, Seq<Metric>> metrics(Option<String> namespace, Option<String> metricName, Seq<Dimension> dimensions) {
        return state.call("ListMetrics", () -> {
            Instant since = state.now().minus(Duration.ofDays(14));
            return Either.right(List.ofAll(cw().metrics.entrySet())
                    .filter(e -> !e.getValue().isEmpty() && !e.getValue().lastKey().isBefore(since))
                    .map(Map.Entry::getKey)
                    .filter(k -> namespace.forAll(k.namespace()::equals) && metricName.forAll(k.metricName()::equals)
                            && dimensions.forAll(d -> k.dimensions().exists(kd -> java.util.Objects.equals(kd.name(), d.name())
                            && (d.value() == null || d.value().isEmpty() || java.util.Objects.equals(kd.value(), d.value())))))
                    .map(k -> new Metric(k.namespace(), k.metricName(), k.dimensions())));
        });
    }

    @Override
    public Either<EcsError, Done> putMetricAlarm(AlarmSpec spec) {
        return state.call("PutMetricAlarm", () -> {
            Option<EcsError> problem = check(spec);
            if (problem.isDefined()) {
                return Either.left(problem.get());
            }
            store(state, spec);
            return Either.right(Done.DONE);
        });
    }

    /** An alarm made or replaced (INSUFFICIENT_DATA until evaluated), evaluated at the end of the period it was put in, then every period. */
    static MetricAlarm store(InMemoryState state, AlarmSpec spec) {
        Instant now = state.now();
        MetricAlarm before = state.metrics.alarms.get(spec.alarmName());
        MetricAlarm alarm = new MetricAlarm(spec, "arn:aws:cloudwatch:" + state.region.code() + ":" + state.account.value() + ":alarm:"
                + spec.alarmName(), before == null ? "INSUFFICIENT_DATA" : before.stateValue(),
                before == null ? "Unchecked: Initial alarm creation" : before.stateReason(),
                before == null ? now : before.stateUpdatedTimestamp(), now);
        state.metrics.alarms.put(spec.alarmName(), alarm);
        state.metrics.nextEvaluation.put(spec.alarmName(), boundary(now, spec.period()));
        var data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("version", "1.0")
                .put("type", before == null ? "Create" : "Update");
        data.set(before == null ? "createdAlarm" : "updatedAlarm", alarmJson(alarm));
        history(state, spec.alarmName(), now, "ConfigurationUpdate", "Alarm \"" + spec.alarmName() + "\" " + (before == null ? "created" : "updated"),
                data.toString());
        return alarm;
    }

    /** The alarm as CloudWatch writes it into its history's documents. */
    private static com.fasterxml.jackson.databind.node.ObjectNode alarmJson(MetricAlarm alarm) {
        AlarmSpec spec = alarm.spec();
        var a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        a.put("alarmName", spec.alarmName()).put("alarmArn", alarm.alarmArn()).put("namespace", spec.namespace())
                .put("metricName", spec.metricName()).put("statistic", spec.statistic()).put("period", spec.period())
                .put("evaluationPeriods", spec.evaluationPeriods()).put("threshold", spec.threshold())
                .put("comparisonOperator", spec.comparisonOperator()).put("treatMissingData", spec.treatMissingData().getOrElse("missing"))
                .put("actionsEnabled", spec.actionsEnabled().getOrElse(true));
        spec.datapointsToAlarm().forEach(d -> a.put("datapointsToAlarm", d));
        spec.description().forEach(d -> a.put("alarmDescription", d));
        var dims = a.putArray("dimensions");
        spec.dimensions().forEach(d -> dims.addObject().put("name", d.name()).put("value", d.value()));
        var actions = a.putArray("alarmActions");
        spec.alarmActions().forEach(actions::add);
        return a;
    }

    /** How long CloudWatch keeps an alarm's history, and the most ecskit keeps of one region's (the oldest go first). */
    static final Duration HISTORY = Duration.ofDays(30);
    static final int MAX_HISTORY = 50_000;

    /** One more entry of the region's alarm history; entries older than 30 days, or beyond the cap, are forgotten. */
    static void history(InMemoryState state, String alarmName, Instant at, String type, String summary, String data) {
        java.util.ArrayDeque<io.ecskit.domain.metrics.AlarmHistoryItem> h = state.metrics.history;
        h.addLast(new io.ecskit.domain.metrics.AlarmHistoryItem(alarmName, "MetricAlarm", at, type, summary, data));
        while (!h.isEmpty() && (h.size() > MAX_HISTORY || h.peekFirst().timestamp().isBefore(at.minus(HISTORY)))) {
            h.removeFirst();
        }
    }

    private static Option<EcsError> check(AlarmSpec spec) {
        if (!validPeriod(spec.period())) {
            return Option.of(EcsError.of(EcsRule.METRIC_PERIOD_VALID));
        }
        Option<EcsError> dims = dimensionsComplete(spec.dimensions());
        if (dims.isDefined()) {
            return dims;
        }
        long span = (long) spec.period() * Math.max(spec.evaluationPeriods(), 1);
        if (span > (spec.period() >= 3600 ? 604_800 : 86_400)) {
            return Option.of(EcsError.of(EcsRule.ALARM_EVALUATION_RANGE, spec.period() >= 3600 ? "7 days" : "one day"));
        }
        if (spec.datapointsToAlarm().exists(d -> d < 1)) {
            return Option.of(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + spec.datapointsToAlarm().get() + "'",
                    "datapointsToAlarm", "have value greater than or equal to 1")), "ValidationError"));
        }
        if (spec.datapointsToAlarm().exists(d -> d > spec.evaluationPeriods())) {
            return Option.of(EcsError.of(EcsRule.ALARM_DATAPOINTS_WITHIN_PERIODS));
        }
        if (spec.alarmActions().size() > 5) {
            return Option.of(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message("", "alarmActions", "have length less than or equal to 5")),
                    "ValidationError"));
        }
        Option<String> otherAction = spec.alarmActions().find(a -> !InMemoryAutoScaling.isPolicyArn(a));
        if (otherAction.isDefined()) {
            return Option.of(EcsError.of(EcsRule.METRIC_MEMBER_MODELLED, "AlarmActions other than Application Auto Scaling policies (" + otherAction.get() + ")"));
        }
        List<String> problems = List.empty();
        if (!STATISTICS.contains(spec.statistic())) {
            problems = problems.append(EcsRule.MEMBER_CONSTRAINT.message(" '" + spec.statistic() + "'", "statistic",
                    "satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]"));
        }
        if (!COMPARISONS.contains(spec.comparisonOperator())) {
            problems = problems.append(EcsRule.MEMBER_CONSTRAINT.message(" '" + spec.comparisonOperator() + "'", "comparisonOperator",
                    "satisfy enum value set: [GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, LessThanOrEqualToThreshold]"));
        }
        if (spec.evaluationPeriods() < 1) {
            problems = problems.append(EcsRule.MEMBER_CONSTRAINT.message(" '" + spec.evaluationPeriods() + "'", "evaluationPeriods",
                    "have value greater than or equal to 1"));
        }
        if (spec.treatMissingData().exists(t -> !MISSING.contains(t))) {
            problems = problems.append(EcsRule.MEMBER_CONSTRAINT.message(" '" + spec.treatMissingData().get() + "'", "treatMissingData",
                    "satisfy enum value set: [breaching, notBreaching, ignore, missing]"));
        }
        return problems.isEmpty() ? Option.none() : Option.of(InMemoryIam.invalid(problems, "ValidationError"));
    }

    /** Dimensions with a name and a value each, at most 30 (MissingParameter, InvalidParameterValue). */
    static Option<EcsError> dimensionsComplete(Seq<Dimension> dimensions) {
        if (dimensions.exists(d -> d.name() == null || d.name().isEmpty())) {
            return Option.of(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, "Dimensions.member.N.Name"));
        }
        if (dimensions.exists(d -> d.value() == null || d.value().isEmpty())) {
            return Option.of(EcsError.of(EcsRule.ALARM_METRIC_COMPLETE, "Dimensions.member.N.Value"));
        }
        if (dimensions.size() > 30) {
            return Option.of(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message("", "dimensions", "have length less than or equal to 30")),
                    "InvalidParameterValue"));
        }
        return Option.none();
    }

    /** The first multiple of {@code period} seconds since the epoch after {@code now}. */
    static Instant boundary(Instant now, int period) {
        long s = now.getEpochSecond();
        return Instant.ofEpochSecond((s / period + 1) * period);
    }

    @Override
    public Either<EcsError, Seq<MetricAlarm>> alarms(Seq<String> alarmNames, Option<String> alarmNamePrefix, Option<String> stateValue) {
        return state.call("DescribeAlarms", () -> Either.right(List.ofAll(cw().alarms.values())
                .filter(a -> alarmNames.isEmpty() || alarmNames.contains(a.spec().alarmName()))
                .filter(a -> alarmNamePrefix.forAll(p -> a.spec().alarmName().startsWith(p)))
                .filter(a -> stateValue.forAll(a.stateValue()::equals))));
    }

    @Override
    public Either<EcsError, Done> deleteAlarms(Seq<String> alarmNames) {
        return state.call("DeleteAlarms", () -> {
            Option<String> missing = alarmNames.find(n -> !cw().alarms.containsKey(n));
            if (missing.isDefined()) {
                return Either.left(EcsError.of(EcsRule.ALARM_FOUND, missing.get()));
            }
            for (String name : alarmNames) {
                cw().alarms.remove(name);
                cw().nextEvaluation.remove(name);
                state.faults.firedAlarms.remove(name);
            }
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Done> setAlarmState(String alarmName, String stateValue, String stateReason) {
        return state.call("SetAlarmState", () -> {
            MetricAlarm alarm = cw().alarms.get(alarmName);
            if (alarm == null) {
                return Either.left(EcsError.of(EcsRule.ALARM_FOUND, alarmName));
            }
            if (!STATES.contains(stateValue)) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + stateValue + "'", "stateValue",
                        "satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]")), "ValidationError"));
            }
            transition(state, alarm, stateValue, stateReason, state.now());
            if (stateValue.equals("ALARM") && !alarm.stateValue().equals("ALARM")) {
                InMemoryAutoScaling.alarmed(state, alarmName, state.now());
            }
            reevaluate(state, alarmName);
            return Either.right(Done.DONE);
        });
    }

    /** GetMetricData's query ids: a lower-case letter, then letters, digits and underscores, at most 255. */
    private static final java.util.regex.Pattern QUERY_ID = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9_]{0,254}");

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.metrics.MetricDataResult>> metricData(Seq<io.ecskit.domain.metrics.MetricDataQuery> queries,
                                                                                     Instant start, Instant end, boolean ascending) {
        return state.call("GetMetricData", () -> {
            if (queries.isEmpty() || queries.size() > 500) {
                return Either.left(EcsError.of(EcsRule.METRIC_QUERIES_COUNT));
            }
            if (!start.isBefore(end)) {
                return Either.left(EcsError.of(EcsRule.METRIC_TIME_RANGE));
            }
            for (int i = 0; i < queries.size(); i++) {
                var q = queries.get(i);
                if (!QUERY_ID.matcher(q.id()).matches()) {
                    return Either.left(EcsError.of(EcsRule.METRIC_QUERY_ID_VALID, q.id(), i + 1));
                }
                if (!validPeriod(q.period())) {
                    return Either.left(EcsError.of(EcsRule.METRIC_PERIOD_VALID));
                }
                if (!STATISTICS.contains(q.stat())) {
                    return Either.left(EcsError.of(EcsRule.METRIC_MEMBER_MODELLED, "statistic " + q.stat()
                            + " (percentiles and other extended statistics; SampleCount, Average, Sum, Minimum and Maximum are computed)"));
                }
                Option<EcsError> dims = dimensionsComplete(q.metric().dimensions());
                if (dims.isDefined()) {
                    return Either.left(dims.get());
                }
            }
            if (queries.map(q -> q.id()).distinct().size() != queries.size()) {
                return Either.left(EcsError.of(EcsRule.METRIC_QUERY_ID_UNIQUE));
            }
            Instant from = rounded(start, queries.map(q -> q.period()).min().get(), state.now());
            return Either.right(queries.filter(q -> q.returnData()).map(q -> result(q, from, end, ascending)));
        });
    }

    /**
     * GetMetricData's StartTime as CloudWatch rounds it down: to the minute for periods of a minute or more (to 5, 10, 20 or
     * 30 seconds for shorter ones) when it is within 15 days, to 5 minutes within 63 days, to the hour before that
     * (CloudWatch API reference, GetMetricData).
     */
    static Instant rounded(Instant start, int period, Instant now) {
        long seconds = start.getEpochSecond();
        long step = start.isAfter(now.minus(Duration.ofDays(15))) ? (period >= 60 ? 60 : period) : start.isAfter(now.minus(Duration.ofDays(63))) ? 300 : 3600;
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, step));
    }

    /**
     * One query's values: the stored data from {@code start} to {@code end} gathered into periods counted from {@code start}
     * (only what is stored is visited, so a long range costs what it holds), of the query's unit when it names one.
     */
    private io.ecskit.domain.metrics.MetricDataResult result(io.ecskit.domain.metrics.MetricDataQuery q, Instant start, Instant end, boolean ascending) {
        TreeMap<Instant, MetricsState.Sample> points = cw().metrics.get(MetricsState.Key.of(q.metric().namespace(), q.metric().metricName(),
                q.metric().dimensions()));
        TreeMap<Long, MetricsState.Sample> periods = new TreeMap<>();
        if (points != null) {
            for (Map.Entry<Instant, MetricsState.Sample> e : points.subMap(start, true, end, false).entrySet()) {
                if (q.unit().forAll(u -> u.equals(e.getValue().unit()))) {
                    periods.merge(Duration.between(start, e.getKey()).toSeconds() / q.period(), e.getValue(), MetricsState.Sample::plus);
                }
            }
        }
        java.util.List<Instant> timestamps = new java.util.ArrayList<>();
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (Map.Entry<Long, MetricsState.Sample> e : (ascending ? periods : periods.descendingMap()).entrySet()) {
            if (e.getValue().count() > 0) {
                timestamps.add(start.plusSeconds(e.getKey() * q.period()));
                values.add(statistic(q.stat(), e.getValue()));
            }
        }
        return new io.ecskit.domain.metrics.MetricDataResult(q.id(), q.label().getOrElse(q.metric().metricName()), List.ofAll(timestamps),
                List.ofAll(values), "Complete");
    }

    @Override
    public Either<EcsError, Seq<MetricAlarm>> alarmsForMetric(String namespace, String metricName, Seq<Dimension> dimensions,
                                                             Option<String> statistic, Option<Integer> period) {
        return state.call("DescribeAlarmsForMetric", () -> {
            Option<EcsError> dims = dimensionsComplete(dimensions);
            if (dims.isDefined()) {
                return Either.left(dims.get());
            }
            if (statistic.exists(st -> !STATISTICS.contains(st))) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + statistic.get() + "'", "statistic",
                        "satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]")), "InvalidParameterValue"));
            }
            MetricsState.Key key = MetricsState.Key.of(namespace, metricName, dimensions);
            return Either.right(List.ofAll(cw().alarms.values()).filter(a -> MetricsState.Key.of(a.spec().namespace(), a.spec().metricName(),
                    a.spec().dimensions()).equals(key) && statistic.forAll(a.spec().statistic()::equals) && period.forAll(p -> p == a.spec().period())));
        });
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.metrics.AlarmHistoryItem>> alarmHistory(Option<String> alarmName, Option<String> historyItemType,
                                                                                        Option<Instant> start, Option<Instant> end, boolean ascending) {
        return state.call("DescribeAlarmHistory", () -> {
            java.util.Set<String> types = java.util.Set.of("ConfigurationUpdate", "StateUpdate", "Action", "AlarmContributorStateUpdate",
                    "AlarmContributorAction");
            if (historyItemType.exists(t -> !types.contains(t))) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + historyItemType.get() + "'", "historyItemType",
                        "satisfy enum value set: [ConfigurationUpdate, StateUpdate, Action, AlarmContributorStateUpdate, AlarmContributorAction]")),
                        "InvalidParameterValue"));
            }
            Instant since = state.now().minus(HISTORY);
            List<io.ecskit.domain.metrics.AlarmHistoryItem> items = List.ofAll(cw().history)
                    .filter(h -> !h.timestamp().isBefore(since))
                    .filter(h -> alarmName.forAll(h.alarmName()::equals) && historyItemType.forAll(h.historyItemType()::equals)
                            && start.forAll(t -> !h.timestamp().isBefore(t)) && end.forAll(t -> h.timestamp().isBefore(t)));
            return Either.right(ascending ? items : items.reverse());
        });
    }

    @Override
    public Either<EcsError, Done> alarmActions(Seq<String> alarmNames, boolean enabled) {
        return state.call(enabled ? "EnableAlarmActions" : "DisableAlarmActions", () -> {
            if (alarmNames.size() > 100) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message("", "alarmNames", "have length less than or equal to 100")),
                        "InvalidParameterValue"));
            }
            Instant now = state.now();
            for (String name : alarmNames.distinct()) {
                MetricAlarm a = cw().alarms.get(name);
                if (a == null) {
                    continue;    // CloudWatch passes over names of no alarm
                }
                AlarmSpec s = a.spec();
                AlarmSpec changed = new AlarmSpec(s.alarmName(), s.description(), s.namespace(), s.metricName(), s.dimensions(), s.statistic(),
                        s.period(), s.evaluationPeriods(), s.datapointsToAlarm(), s.threshold(), s.comparisonOperator(), s.treatMissingData(),
                        Option.of(enabled), s.alarmActions(), s.tags());
                MetricAlarm updated = new MetricAlarm(changed, a.alarmArn(), a.stateValue(), a.stateReason(), a.stateUpdatedTimestamp(), now);
                cw().alarms.put(name, updated);
                var data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("version", "1.0").put("type", "Update");
                data.set("updatedAlarm", alarmJson(updated));
                history(state, name, now, "ConfigurationUpdate", "Alarm \"" + name + "\" updated", data.toString());
            }
            return Either.right(Done.DONE);
        });
    }

    /** The alarm an ARN names (CloudWatch's tagged resources ecskit keeps are metric alarms). */
    private Either<EcsError, MetricAlarm> alarmByArn(String arn) {
        return Option.ofOptional(cw().alarms.values().stream().filter(a -> a.alarmArn().equals(arn)).findFirst())
                .toEither(() -> EcsError.of(EcsRule.METRIC_TAGGED_RESOURCE_FOUND, arn));
    }

    /** The alarm with {@code tags} in place of its own (its state and timestamps kept). */
    private void retag(MetricAlarm a, List<io.ecskit.domain.Tag> tags) {
        AlarmSpec s = a.spec();
        cw().alarms.put(s.alarmName(), new MetricAlarm(new AlarmSpec(s.alarmName(), s.description(), s.namespace(), s.metricName(), s.dimensions(),
                s.statistic(), s.period(), s.evaluationPeriods(), s.datapointsToAlarm(), s.threshold(), s.comparisonOperator(), s.treatMissingData(),
                s.actionsEnabled(), s.alarmActions(), tags), a.alarmArn(), a.stateValue(), a.stateReason(), a.stateUpdatedTimestamp(),
                a.configurationUpdatedTimestamp()));
    }

    @Override
    public Either<EcsError, List<io.ecskit.domain.Tag>> tags(String resourceArn) {
        return state.call("ListTagsForResource", () -> alarmByArn(resourceArn).map(a -> a.spec().tags()));
    }

    @Override
    public Either<EcsError, Done> tagResource(String resourceArn, Seq<io.ecskit.domain.Tag> tags) {
        return state.call("TagResource", () -> alarmByArn(resourceArn).flatMap(a -> {
            List<io.ecskit.domain.Tag> merged = Tagging.merged(a.spec().tags(), tags);
            if (merged.size() > 50) {
                return Either.left(EcsError.of(EcsRule.NEIGHBOUR_TAGS_AT_MOST_FIFTY, resourceArn));
            }
            retag(a, merged);
            return Either.right(Done.DONE);
        }));
    }

    @Override
    public Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys) {
        return state.call("UntagResource", () -> alarmByArn(resourceArn).map(a -> {
            retag(a, a.spec().tags().filter(t -> !t.key().exists(tagKeys::contains)));
            return Done.DONE;
        }));
    }

    /** An alarm's state set: what deployments watching it see, and an EventBridge event when it changed. */
    static void transition(InMemoryState state, MetricAlarm alarm, String stateValue, String reason, Instant at) {
        String previous = alarm.stateValue();
        MetricAlarm now = new MetricAlarm(alarm.spec(), alarm.alarmArn(), stateValue, reason,
                previous.equals(stateValue) ? alarm.stateUpdatedTimestamp() : at, alarm.configurationUpdatedTimestamp());
        state.metrics.alarms.put(alarm.spec().alarmName(), now);
        if (stateValue.equals("ALARM")) {
            state.faults.firedAlarms.add(alarm.spec().alarmName());
        } else {
            state.faults.firedAlarms.remove(alarm.spec().alarmName());
        }
        if (!previous.equals(stateValue)) {
            var data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("version", "1.0");
            data.putObject("oldState").put("stateValue", previous).put("stateReason", alarm.stateReason());
            data.putObject("newState").put("stateValue", stateValue).put("stateReason", reason);
            history(state, alarm.spec().alarmName(), at, "StateUpdate", "Alarm updated from " + previous + " to " + stateValue, data.toString());
            state.rescan = true;    // deployments watching the alarm look again
            state.emitFrom("aws.cloudwatch", "CloudWatch Alarm State Change", java.util.List.of(alarm.alarmArn()), () -> {
                var d = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                d.put("alarmName", alarm.spec().alarmName());
                d.putObject("state").put("value", stateValue).put("reason", reason).put("timestamp", at.toString());
                d.putObject("previousState").put("value", previous).put("reason", alarm.stateReason())
                        .put("timestamp", alarm.stateUpdatedTimestamp().toString());
                return d;
            }, at);
        }
    }

    /** A state set by hand (SetAlarmState, the simulator) holds until the next period's evaluation, as CloudWatch's does. */
    static void reevaluate(InMemoryState state, String alarmName) {
        MetricAlarm alarm = state.metrics.alarms.get(alarmName);
        if (alarm != null) {
            state.metrics.nextEvaluation.putIfAbsent(alarmName, boundary(state.now(), alarm.spec().period()));
        }
    }

    /** Alarms due by {@code at} are evaluated, and services under scripted load report it (InMemoryState's clock work). */
    static void tick(InMemoryState state, Instant at) {
        MetricsState cw = state.metrics;
        if (cw.nextReport != null && !cw.nextReport.isAfter(at)) {
            Instant minute = cw.nextReport;
            boolean reported = false;
            for (Map.Entry<String, double[]> load : cw.loads.entrySet()) {
                String[] clusterAndService = load.getKey().split("/", 2);
                ServiceState s = state.servicesByName.get(InMemoryState.key(new io.ecskit.domain.arn.ClusterName(clusterAndService[0]),
                        new io.ecskit.domain.arn.ServiceName(clusterAndService[1])));
                if (s == null || List.ofAll(s.unstopped).count(TaskState::isRunning) == 0) {
                    continue;
                }
                List<Dimension> dims = List.of(new Dimension("ClusterName", clusterAndService[0]), new Dimension("ServiceName", clusterAndService[1]));
                double[] scripted = load.getValue();
                // the work is the service's: with more tasks running than when it was scripted each reports less (at most 100%)
                long running = List.ofAll(s.unstopped).count(TaskState::isRunning);
                double share = scripted[2] / running;
                double[] v = {Math.min(100, scripted[0] * share), Math.min(100, scripted[1] * share)};
                reported = true;
                // the minute that just ended, as ECS publishes it (a datapoint stamped T covers T..T+60 s), measured now
                Instant ended = minute.minusSeconds(60);
                record(state, MetricsState.Key.of("AWS/ECS", "CPUUtilization", dims), ended, new MetricsState.Sample(1, v[0], v[0], v[0], "Percent"), minute);
                record(state, MetricsState.Key.of("AWS/ECS", "MemoryUtilization", dims), ended, new MetricsState.Sample(1, v[1], v[1], v[1], "Percent"), minute);
            }
            // Container Insights: a cluster with it on reports its services' task counts each minute
            reported |= containerInsights(state, minute);
            // traffic through a listener or rule that is gone ends with it
            cw.traffic.values().removeIf(traffic -> !InMemoryLoadBalancing.reportTraffic(state, traffic, minute.minusSeconds(60), minute));
            // no loaded service runs and no traffic is scripted: reports rest until one of their tasks changes (InMemoryState#changed wakes them)
            cw.nextReport = reported || !cw.traffic.isEmpty() ? minute.plusSeconds(60) : null;
        }
        cw.pendingActions.clear();
        for (MetricAlarm alarm : List.ofAll(cw.alarms.values())) {
            Instant due = cw.nextEvaluation.get(alarm.spec().alarmName());
            if (due != null && !due.isAfter(at)) {
                boolean windowHasData = evaluate(state, alarm, due);
                if (windowHasData) {
                    cw.nextEvaluation.put(alarm.spec().alarmName(), due.plusSeconds(alarm.spec().period()));
                } else {
                    // nothing in the window: every later evaluation answers the same until data comes (record wakes it),
                    // so an alarm on a quiet metric costs nothing while the clock runs
                    cw.nextEvaluation.remove(alarm.spec().alarmName());
                }
            }
        }
        // the alarms' actions after every evaluation due now (a policy sees the other alarms' states of this minute)
        for (String name : List.ofAll(cw.pendingActions)) {
            InMemoryAutoScaling.alarmed(state, name, at);
        }
        cw.pendingActions.clear();
    }

    /** Whether the cluster has Container Insights on (its containerInsights setting enabled or enhanced). */
    static boolean insightsOn(InMemoryState.ClusterState c) {
        return c != null && c.status == io.ecskit.domain.cluster.ClusterStatus.ACTIVE && c.spec.settings().exists(x -> x.name()
                .contains(io.ecskit.domain.cluster.ClusterSettingName.CONTAINER_INSIGHTS) && x.value().exists(v -> v.equals("enabled") || v.equals("enhanced")));
    }

    /**
     * Container Insights' service metrics for the minute that just ended, in ECS/ContainerInsights (dimensions ClusterName
     * and ServiceName, unit Count): RunningTaskCount, PendingTaskCount and DesiredTaskCount of each ACTIVE service of a
     * cluster that has it on. Whether any was reported (the reports go on while one is).
     */
    private static boolean containerInsights(InMemoryState state, Instant minute) {
        boolean any = false;
        for (ServiceState s : state.servicesByName.values()) {
            if (s.status != io.ecskit.domain.service.ServiceStatus.ACTIVE || !insightsOn(state.clusters.get(s.arn.cluster().value()))) {
                continue;
            }
            any = true;
            List<Dimension> dims = List.of(new Dimension("ClusterName", s.arn.cluster().value()), new Dimension("ServiceName", s.name()));
            long running = List.ofAll(s.unstopped).count(TaskState::isRunning);
            long pending = List.ofAll(s.unstopped).count(TaskState::isPending);
            Instant ended = minute.minusSeconds(60);
            for (var metric : List.of(io.vavr.Tuple.of("RunningTaskCount", (double) running), io.vavr.Tuple.of("PendingTaskCount", (double) pending),
                    io.vavr.Tuple.of("DesiredTaskCount", (double) s.desiredCount()))) {
                record(state, MetricsState.Key.of("ECS/ContainerInsights", metric._1, dims), ended,
                        new MetricsState.Sample(1, metric._2, metric._2, metric._2, "Count"), minute);
            }
        }
        return any;
    }

    /** One evaluation at {@code at}: the last EvaluationPeriods periods ending there; whether any of them had data. */
    private static boolean evaluate(InMemoryState state, MetricAlarm alarm, Instant at) {
        AlarmSpec spec = alarm.spec();
        TreeMap<Instant, MetricsState.Sample> points = state.metrics.metrics.get(MetricsState.Key.of(spec.namespace(), spec.metricName(), spec.dimensions()));
        int breaching = 0;
        int present = 0;
        java.util.List<String> shown = new java.util.ArrayList<>();
        String missingData = spec.treatMissingData().getOrElse("missing");
        for (int k = spec.evaluationPeriods(); k >= 1; k--) {
            Instant from = at.minusSeconds((long) k * spec.period());
            Option<MetricsState.Sample> s = aggregate(points, from, from.plusSeconds(spec.period()));
            if (s.isEmpty()) {
                if (missingData.equals("breaching")) {
                    breaching++;
                    present++;
                } else if (missingData.equals("notBreaching")) {
                    present++;
                }
                continue;
            }
            double value = statistic(spec.statistic(), s.get());
            present++;
            shown.add(value + " (" + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss").withZone(java.time.ZoneOffset.UTC).format(from) + ")");
            if (breaches(spec.comparisonOperator(), value, spec.threshold())) {
                breaching++;
            }
        }
        int needed = spec.datapointsToAlarm().getOrElse(spec.evaluationPeriods());
        String next;
        if (present == 0) {
            if (missingData.equals("ignore")) {
                return false;
            }
            next = "INSUFFICIENT_DATA";
        } else {
            next = breaching >= needed ? "ALARM" : "OK";
        }
        if (next.equals("ALARM")) {
            // CloudWatch runs Auto Scaling actions once per period the alarm is in ALARM, not only when it changes
            state.metrics.pendingActions.add(spec.alarmName());
        }
        if (!next.equals(alarm.stateValue())) {
            int missed = spec.evaluationPeriods() - shown.size();
            String reason = next.equals("INSUFFICIENT_DATA") ? "Insufficient Data: " + spec.evaluationPeriods() + " datapoints were unknown."
                    // every period missing, and treated as TreatMissingData says: CloudWatch's own words for it
                    : shown.isEmpty() ? "Threshold Crossed: no datapoints were received for " + missed + " period" + (missed == 1 ? "" : "s")
                    + " and " + missed + " missing datapoint" + (missed == 1 ? " was" : "s were") + " treated as ["
                    + (missingData.equals("breaching") ? "Breaching" : "NonBreaching") + "]."
                    : "Threshold Crossed: " + shown.size() + " out of the last " + spec.evaluationPeriods() + " datapoints " + shown
                    + (next.equals("ALARM") ? " breached" : " did not breach") + " the threshold (" + spec.threshold() + ").";
            transition(state, alarm, next, reason, at);
        }
        return !shown.isEmpty();
    }

    static double statistic(String name, MetricsState.Sample s) {
        return switch (name) {
            case "SampleCount" -> s.count();
            case "Sum" -> s.sum();
            case "Minimum" -> s.min();
            case "Maximum" -> s.max();
            default -> s.sum() / s.count();
        };
    }

    static boolean breaches(String comparison, double value, double threshold) {
        return switch (comparison) {
            case "GreaterThanOrEqualToThreshold" -> value >= threshold;
            case "GreaterThanThreshold" -> value > threshold;
            case "LessThanThreshold" -> value < threshold;
            default -> value <= threshold;
        };
    }
}
