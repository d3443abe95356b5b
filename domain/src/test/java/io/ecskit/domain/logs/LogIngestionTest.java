package io.ecskit.domain.logs;

import io.ecskit.domain.EcsRule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** PutLogEvents' rules (issue 23 item 3): whole-batch refusals and per-event rejections, as CloudWatch Logs applies them. */
class LogIngestionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final LogStreamName STREAM = new LogStreamName("api/web/1");

    private static LogEvent at(Duration fromNow, String message) {
        return new LogEvent(NOW.plus(fromNow), message, STREAM);
    }

    @Test
    void aBatchOutOfOrder_spanningMoreThanADay_orOverAMebibyte_isRefusedWhole() {
        // rules logEventsChronological, logEventsSpan, logEventsBatchSize (the first two ECS's quoted words)
        assertThat(LogIngestion.ingest(List.of(at(Duration.ZERO, "b"), at(Duration.ofSeconds(-1), "a")), NOW, Option.none())
                .getLeft().message()).isEqualTo(EcsRule.LOG_EVENTS_CHRONOLOGICAL.message());
        assertThat(LogIngestion.ingest(List.of(at(Duration.ofHours(-25), "a"), at(Duration.ZERO, "b")), NOW, Option.none())
                .getLeft().message()).isEqualTo(EcsRule.LOG_EVENTS_SPAN.message());
        String big = "x".repeat(1_048_576 - 26);
        assertThat(LogIngestion.ingest(List.of(at(Duration.ZERO, big)), NOW, Option.none()).isRight()).isTrue();
        assertThat(LogIngestion.ingest(List.of(at(Duration.ZERO, big + "y")), NOW, Option.none()).getLeft().message())
                .isEqualTo(EcsRule.LOG_EVENTS_BATCH_SIZE.message(1_048_577L));
    }

    @Test
    void eventsTooOldExpiredOrTooNew_areRejectedByIndex_theRestStored() {
        var events = List.of(at(Duration.ofDays(-15), "too old"), at(Duration.ofDays(-8), "expired"), at(Duration.ofHours(-1), "kept"),
                at(Duration.ofMinutes(90), "kept too"), at(Duration.ofMinutes(150), "too new"));
        // a 24-hour span is the batch's limit, so these go one batch each way below; first the span-free parts
        var tooOldAndExpired = LogIngestion.ingest(List.of(at(Duration.ofDays(-15), "too old"), at(Duration.ofDays(-15).plusHours(1), "also")),
                NOW, Option.of(new RetentionDays(7))).get();
        var recent = LogIngestion.ingest(events.drop(2), NOW, Option.of(new RetentionDays(7))).get();
        var expired = LogIngestion.ingest(List.of(at(Duration.ofDays(-8), "expired"), at(Duration.ofDays(-8).plusHours(2), "expired too")),
                NOW, Option.of(new RetentionDays(7))).get();

        assertThat(tooOldAndExpired.stored()).isEmpty();
        assertThat(tooOldAndExpired.rejected().tooOldLogEventEndIndex()).contains(1);
        assertThat(tooOldAndExpired.rejected().expiredLogEventEndIndex()).contains(1);
        assertThat(expired.stored()).isEmpty();
        assertThat(expired.rejected()).isEqualTo(new RejectedLogEvents(Option.none(), Option.none(), Option.of(1)));
        assertThat(recent.stored().map(LogEvent::message)).containsExactly("kept", "kept too");
        assertThat(recent.rejected()).isEqualTo(new RejectedLogEvents(Option.of(2), Option.none(), Option.none()));
        assertThat(LogIngestion.ingest(List.of(at(Duration.ZERO, "fine")), NOW, Option.none()).get().rejected().any()).isFalse();
    }
}
