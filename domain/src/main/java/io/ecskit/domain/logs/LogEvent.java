package io.ecskit.domain.logs;

import java.time.Instant;

/** One log line: when it happened, its text, and the stream it was written to. */
public record LogEvent(Instant timestamp, String message, LogStreamName stream) {
}
