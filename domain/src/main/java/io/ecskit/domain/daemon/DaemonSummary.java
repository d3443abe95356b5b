package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A summary of a daemon. Source: ECS API reference (DaemonSummary).
 *
 * @param daemonArn The Amazon Resource Name (ARN) of the daemon.
 * @param status The status of the daemon.
 * @param createdAt The Unix timestamp for the time when the daemon was created.
 * @param updatedAt The Unix timestamp for the time when the daemon was last updated.
 */
@Value.Builder
public record DaemonSummary(
        Option<String> daemonArn,
        Option<DaemonStatus> status,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonSummaryBuilder builder() {
        return new DaemonSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonSummaryBuilder toBuilder() {
        return new DaemonSummaryBuilder().from(this);
    }
}
