package io.ecskit.domain.logs;

import io.vavr.control.Option;

import java.time.Instant;

/** A stream of a log group, with the times of its first and last event when it has any. */
public record LogStream(LogStreamName name, Instant createdAt, Option<Instant> firstEventAt, Option<Instant> lastEventAt) {

    public LogStream {
        firstEventAt = firstEventAt == null ? Option.none() : firstEventAt;
        lastEventAt = lastEventAt == null ? Option.none() : lastEventAt;
    }
}
