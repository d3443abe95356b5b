package io.ecskit.domain.logs;

import io.vavr.control.Option;

import java.time.Instant;

/** A CloudWatch Logs group; {@code arn} is {@code arn:aws:logs:<region>:<account>:log-group:<name>:*}. */
public record LogGroup(LogGroupName name, String arn, Option<RetentionDays> retention, Instant createdAt, long storedBytes) {

    public LogGroup {
        retention = retention == null ? Option.none() : retention;
    }
}
