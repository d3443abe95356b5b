package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The detailed information about a daemon. Source: ECS API reference (DaemonDetail).
 *
 * @param daemonArn The Amazon Resource Name (ARN) of the daemon.
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster that the daemon is running in.
 * @param status The status of the daemon.
 * @param currentRevisions The current daemon revision details, including the running task counts per capacity provider.
 * @param deploymentArn The Amazon Resource Name (ARN) of the most recent daemon deployment.
 * @param createdAt The Unix timestamp for the time when the daemon was created.
 * @param updatedAt The Unix timestamp for the time when the daemon was last updated.
 */
@Value.Builder
public record DaemonDetail(
        Option<String> daemonArn,
        Option<String> clusterArn,
        Option<DaemonStatus> status,
        List<DaemonRevisionDetail> currentRevisions,
        Option<String> deploymentArn,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDetailBuilder builder() {
        return new DaemonDetailBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDetailBuilder toBuilder() {
        return new DaemonDetailBuilder().from(this);
    }
}
