package io.ecskit.domain.logs;

import io.vavr.control.Option;

import java.time.Instant;

/** A CloudWatch Logs group; {@code arn} is {@code arn:aws:logs:<region>:<account>:log-group:<name>:*}. */
public record LogGroup(LogGroupName name, String arn, Option<RetentionDays> retention, Instant createdAt, long storedBytes) {

    /**
     * A log group from its components; a null {@code retention} becomes absent (CloudWatch Logs' default: never
     * expire), the rest is kept as given.
     */
    public LogGroup {
        retention = retention == null ? Option.none() : retention;
    }
}
