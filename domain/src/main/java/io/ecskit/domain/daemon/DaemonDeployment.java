package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Information about a daemon deployment. Source: ECS API reference (DaemonDeployment).
 *
 * @param daemonDeploymentArn The Amazon Resource Name (ARN) of the daemon deployment.
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
 * @param status The status of the daemon deployment.
 * @param statusReason Information about why the daemon deployment is in the current status.
 * @param targetDaemonRevision The daemon revision being deployed.
 * @param sourceDaemonRevisions The currently deployed daemon revisions that are being replaced.
 * @param circuitBreaker The circuit breaker configuration that determines when a daemon deployment has failed.
 * @param alarms The CloudWatch alarms that determine when a daemon deployment fails.
 * @param rollback The rollback options for the daemon deployment.
 * @param deploymentConfiguration The deployment configuration used for this daemon deployment.
 * @param createdAt The time the daemon deployment was created.
 * @param startedAt The time the daemon deployment started.
 * @param stoppedAt The time the daemon deployment stopped.
 * @param finishedAt The time the daemon deployment finished.
 */
@Value.Builder
public record DaemonDeployment(
        Option<String> daemonDeploymentArn,
        Option<String> clusterArn,
        Option<DaemonDeploymentStatus> status,
        Option<String> statusReason,
        Option<DaemonDeploymentRevisionDetail> targetDaemonRevision,
        List<DaemonDeploymentRevisionDetail> sourceDaemonRevisions,
        Option<DaemonCircuitBreaker> circuitBreaker,
        Option<DaemonDeploymentAlarms> alarms,
        Option<DaemonRollback> rollback,
        Option<DaemonDeploymentConfiguration> deploymentConfiguration,
        Option<Instant> createdAt,
        Option<Instant> startedAt,
        Option<Instant> stoppedAt,
        Option<Instant> finishedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDeploymentBuilder builder() {
        return new DaemonDeploymentBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDeploymentBuilder toBuilder() {
        return new DaemonDeploymentBuilder().from(this);
    }
}
