package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A summary of a daemon deployment. Source: ECS API reference (DaemonDeploymentSummary).
 *
 * @param daemonDeploymentArn The Amazon Resource Name (ARN) of the daemon deployment.
 * @param daemonArn The Amazon Resource Name (ARN) of the daemon.
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
 * @param status The status of the daemon deployment.
 * @param statusReason Information about why the daemon deployment is in the current status.
 * @param targetDaemonRevisionArn The ARN of the daemon revision being deployed.
 * @param createdAt The time the daemon deployment was created.
 * @param startedAt The time the daemon deployment started.
 * @param stoppedAt The time the daemon deployment stopped.
 * @param finishedAt The time the daemon deployment finished.
 */
@Value.Builder
public record DaemonDeploymentSummary(
        Option<String> daemonDeploymentArn,
        Option<String> daemonArn,
        Option<String> clusterArn,
        Option<DaemonDeploymentStatus> status,
        Option<String> statusReason,
        Option<String> targetDaemonRevisionArn,
        Option<Instant> createdAt,
        Option<Instant> startedAt,
        Option<Instant> stoppedAt,
        Option<Instant> finishedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDeploymentSummaryBuilder builder() {
        return new DaemonDeploymentSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDeploymentSummaryBuilder toBuilder() {
        return new DaemonDeploymentSummaryBuilder().from(this);
    }
}
