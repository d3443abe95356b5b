package io.ecskit.domain.logs;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * PutLogEvents as CloudWatch Logs takes a batch: refused whole when its events are out of chronological order (rule
 * logEventsChronological), span more than 24 hours (rule logEventsSpan) or exceed 1,048,576 bytes counting 26 bytes an
 * event (rule logEventsBatchSize); otherwise stored except the events more than 2 hours ahead, older than 14 days, or
 * older than the group's retention, which are reported in {@code rejectedLogEventsInfo}. Source: CloudWatch Logs API
 * reference, PutLogEvents.
 */
public final class LogIngestion {

    /** The most bytes a batch may hold: the messages' UTF-8 bytes plus 26 bytes for each event. */
    public static final int MAX_BATCH_BYTES = 1_048_576;
    /** The bytes CloudWatch Logs counts for each event besides its message. */
    public static final int EVENT_OVERHEAD_BYTES = 26;
    /** How far a batch's first and last events may lie apart. */
    public static final Duration MAX_SPAN = Duration.ofHours(24);
    /** How far ahead of now an event may be. */
    public static final Duration MAX_AHEAD = Duration.ofHours(2);
    /** How old an event may be. */
    public static final Duration MAX_AGE = Duration.ofDays(14);

    private LogIngestion() {
    }

    /** What to store of {@code events} and what was rejected, or why the whole batch is refused. */
    public record Ingested(Seq<LogEvent> stored, RejectedLogEvents rejected) {
    }

    /** Rule logEventsChronological, as PutLogEvents checks a request (the ports sort a batch themselves). */
    public static Option<Violation> chronological(Seq<LogEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).timestamp().isBefore(events.get(i - 1).timestamp())) {
                return Option.of(EcsRule.LOG_EVENTS_CHRONOLOGICAL.at("logEvents"));
            }
        }
        return Option.none();
    }

    /** What to store of a batch, {@link #chronological} or not (it is checked first), and what CloudWatch Logs rejects. */
    public static Either<Violation, Ingested> ingest(Seq<LogEvent> events, Instant now, Option<RetentionDays> retention) {
        Option<Violation> unordered = chronological(events);
        if (unordered.isDefined()) {
            return Either.left(unordered.get());
        }
        if (events.size() > 1 && Duration.between(events.head().timestamp(), events.last().timestamp()).compareTo(MAX_SPAN) > 0) {
            return Either.left(EcsRule.LOG_EVENTS_SPAN.at("logEvents"));
        }
        long bytes = events.map(e -> (long) e.message().getBytes(StandardCharsets.UTF_8).length + EVENT_OVERHEAD_BYTES).sum().longValue();
        if (bytes > MAX_BATCH_BYTES) {
            return Either.left(EcsRule.LOG_EVENTS_BATCH_SIZE.at("logEvents", bytes));
        }
        Instant tooNewFrom = now.plus(MAX_AHEAD);
        Instant tooOldBefore = now.minus(MAX_AGE);
        Option<Instant> expiredBefore = retention.map(r -> now.minus(Duration.ofDays(r.days())));
        Option<Integer> tooNew = Option.none();
        Option<Integer> tooOld = Option.none();
        Option<Integer> expired = Option.none();
        for (int i = 0; i < events.size(); i++) {
            Instant at = events.get(i).timestamp();
            if (at.isAfter(tooNewFrom) && tooNew.isEmpty()) {
                tooNew = Option.of(i);
            }
            if (at.isBefore(tooOldBefore)) {
                tooOld = Option.of(i);
            }
            int index = i;
            if (expiredBefore.exists(at::isBefore)) {
                expired = Option.of(index);
            }
        }
        int from = Math.max(tooOld.map(i -> i + 1).getOrElse(0), expired.map(i -> i + 1).getOrElse(0));
        int to = tooNew.getOrElse(events.size());
        Seq<LogEvent> stored = from < to ? events.slice(from, to) : events.take(0);
        return Either.right(new Ingested(stored, new RejectedLogEvents(tooNew, tooOld, expired)));
    }
}
