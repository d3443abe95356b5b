package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A summary of a daemon task definition. Source: ECS API reference (DaemonTaskDefinitionSummary).
 *
 * @param arn The Amazon Resource Name (ARN) of the daemon task definition.
 * @param registeredAt The Unix timestamp for the time when the daemon task definition was registered.
 * @param registeredBy The principal that registered the daemon task definition.
 * @param deleteRequestedAt The Unix timestamp for the time when the daemon task definition delete was requested.
 * @param status The status of the daemon task definition.
 */
@Value.Builder
public record DaemonTaskDefinitionSummary(
        Option<String> arn,
        Option<Instant> registeredAt,
        Option<String> registeredBy,
        Option<Instant> deleteRequestedAt,
        Option<DaemonTaskDefinitionStatus> status) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonTaskDefinitionSummaryBuilder builder() {
        return new DaemonTaskDefinitionSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonTaskDefinitionSummaryBuilder toBuilder() {
        return new DaemonTaskDefinitionSummaryBuilder().from(this);
    }
}
