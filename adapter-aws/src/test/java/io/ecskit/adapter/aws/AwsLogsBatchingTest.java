package io.ecskit.adapter.aws;

import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogStreamName;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AwsLogsBatchingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final LogStreamName STREAM = new LogStreamName("api/web/1");

    private static LogEvent event(long secondsAfter, String message) {
        return new LogEvent(T0.plusSeconds(secondsAfter), message, STREAM);
    }

    @Test
    void batches_10000EventsFitOneCall_10001NeedTwo() {
        assertThat(AwsLogs.batches(List.range(0, 10_000).map(i -> event(0, "x")))).hasSize(1);
        assertThat(AwsLogs.batches(List.range(0, 10_001).map(i -> event(0, "x"))).map(b -> b.size())).containsExactly(10_000, 1);
    }

    @Test
    void batches_splitBeforeOneMebibyteCountingTwentySixBytesPerEvent() {
        String kib = "k".repeat(1024 - AwsLogs.EVENT_OVERHEAD);
        assertThat(AwsLogs.batches(List.range(0, 1024).map(i -> event(0, kib)))).hasSize(1);
        assertThat(AwsLogs.batches(List.range(0, 1025).map(i -> event(0, kib))).map(b -> b.size())).containsExactly(1024, 1);
    }

    @Test
    void batches_neverSpanTwentyFourHours() {
        var batches = AwsLogs.batches(List.of(event(0, "a"), event(Duration.ofHours(24).toSeconds() - 1, "b"),
                event(Duration.ofHours(24).toSeconds(), "c")));

        assertThat(batches.map(b -> b.map(LogEvent::message).mkString())).containsExactly("ab", "c");
    }
}
