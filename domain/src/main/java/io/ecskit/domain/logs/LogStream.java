package io.ecskit.domain.logs;

import io.vavr.control.Option;

import java.time.Instant;

/** A stream of a log group, with the times of its first and last event when it has any. */
public record LogStream(LogStreamName name, Instant createdAt, Option<Instant> firstEventAt, Option<Instant> lastEventAt) {

    /**
     * A log stream from its components; null event times become absent (a stream without events has none), the rest is
     * kept as given.
     */
    public LogStream {
        firstEventAt = firstEventAt == null ? Option.none() : firstEventAt;
        lastEventAt = lastEventAt == null ? Option.none() : lastEventAt;
    }
}
