package io.ecskit.adapter.inmemory;

import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.MetricAlarm;
import io.vavr.collection.List;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** CloudWatch of one region (issue 25 item 4): metrics' data points, metric alarms, and the services' scripted load. */
final class MetricsState {

    /** A metric's identity: namespace, name and its dimensions in name order. */
    record Key(String namespace, String metricName, List<Dimension> dimensions) {
        static Key of(String namespace, String metricName, io.vavr.collection.Seq<Dimension> dimensions) {
            return new Key(namespace, metricName, dimensions.toList().sortBy(Dimension::name));
        }
    }

    /** Values that arrived for one instant: how many, their sum, least and greatest, and their unit. */
    record Sample(double count, double sum, double min, double max, String unit) {
        Sample plus(Sample other) {
            return new Sample(count + other.count, sum + other.sum, Math.min(min, other.min), Math.max(max, other.max), unit);
        }
    }

    /** A metric's data points by time (samples at one instant merged). */
    final Map<Key, TreeMap<Instant, Sample>> metrics = new java.util.LinkedHashMap<>();
    /** Alarms by name, with when each is evaluated next. */
    final Map<String, MetricAlarm> alarms = new TreeMap<>();
    final Map<String, Instant> nextEvaluation = new java.util.HashMap<>();
    /** cluster/service → the scripted CPU and memory utilization (percent) its running tasks report each minute. */
    final Map<String, double[]> loads = new TreeMap<>();
    /** Requests clients send through a listener or rule (Simulator#requests): per second, and the part of one request owed. */
    static final class Traffic {
        final String arn;
        final double perSecond;
        /** Since when it flows (its first minute counts the seconds from here). */
        final Instant since;
        double carry;

        Traffic(String arn, double perSecond, Instant since) {
            this.arn = arn;
            this.perSecond = perSecond;
            this.since = since;
        }
    }

    /** listener or rule ARN → its scripted traffic, reported each minute. */
    final Map<String, Traffic> traffic = new java.util.LinkedHashMap<>();
    /** The alarms' history, oldest first: state and configuration updates of the last 30 days (DescribeAlarmHistory). */
    final java.util.ArrayDeque<io.ecskit.domain.metrics.AlarmHistoryItem> history = new java.util.ArrayDeque<>();
    /** Alarms found in ALARM by the evaluations of one tick, whose actions run after them. */
    final java.util.List<String> pendingActions = new java.util.ArrayList<>();
    /** The next whole minute the services' load and the scripted traffic are reported at (null: none scripted). */
    Instant nextReport;

    /** When the next alarm evaluation or load report is due (none: nothing to do on the clock). */
    io.vavr.control.Option<Instant> nextTick() {
        Instant earliest = nextReport;
        for (Instant at : nextEvaluation.values()) {
            if (earliest == null || at.isBefore(earliest)) {
                earliest = at;
            }
        }
        return io.vavr.control.Option.of(earliest);
    }
}
