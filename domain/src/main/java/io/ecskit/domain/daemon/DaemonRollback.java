package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Information about a daemon deployment rollback. Source: ECS API reference (DaemonRollback).
 *
 * @param reason The reason the rollback happened.
 * @param startedAt The time that the rollback started.
 * @param rollbackTargetDaemonRevisionArn The ARN of the daemon revision deployed as part of the rollback.
 * @param rollbackCapacityProviders The capacity providers involved in the rollback.
 */
@Value.Builder
public record DaemonRollback(
        Option<String> reason,
        Option<Instant> startedAt,
        Option<String> rollbackTargetDaemonRevisionArn,
        List<String> rollbackCapacityProviders) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonRollbackBuilder builder() {
        return new DaemonRollbackBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonRollbackBuilder toBuilder() {
        return new DaemonRollbackBuilder().from(this);
    }
}
