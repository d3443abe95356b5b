package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The rollback of a service deployment.
 *
 * @param reason Why it rolled back (circuit breaker, alarm, StopServiceDeployment).
 * @param startedAt When the rollback started.
 * @param serviceRevisionArn The revision it rolls back to.
 */
@Value.Builder
public record Rollback(
        Option<String> reason,
        Option<java.time.Instant> startedAt,
        Option<String> serviceRevisionArn) {

    /** A null optional component becomes absent ({@code Option.none()}), as the builder leaves unset ones. */
    public Rollback {
        reason = reason == null ? Option.none() : reason;
        startedAt = startedAt == null ? Option.none() : startedAt;
        serviceRevisionArn = serviceRevisionArn == null ? Option.none() : serviceRevisionArn;
    }

    /** A builder with every optional component absent and every list empty. */
    public static RollbackBuilder builder() {
        return new RollbackBuilder();
    }

    /** A builder holding this record's values. */
    public RollbackBuilder toBuilder() {
        return new RollbackBuilder().from(this);
    }
}
