package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Details about a daemon revision during a deployment, including running and draining instance counts per capacity provider. Source: ECS API reference (DaemonDeploymentRevisionDetail).
 *
 * @param arn The Amazon Resource Name (ARN) of the daemon revision.
 * @param capacityProviders The capacity providers associated with this daemon revision during the deployment.
 * @param totalRunningInstanceCount The total number of instances running daemon tasks for this revision.
 * @param totalWithoutDaemonInstanceCount The total number of instances running without the daemon task for this revision, across all capacity providers.
 * @param totalDrainingInstanceCount The total number of instances being drained for this revision during the deployment.
 */
@Value.Builder
public record DaemonDeploymentRevisionDetail(
        Option<String> arn,
        List<DaemonDeploymentCapacityProvider> capacityProviders,
        Option<Integer> totalRunningInstanceCount,
        Option<Integer> totalWithoutDaemonInstanceCount,
        Option<Integer> totalDrainingInstanceCount) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDeploymentRevisionDetailBuilder builder() {
        return new DaemonDeploymentRevisionDetailBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDeploymentRevisionDetailBuilder toBuilder() {
        return new DaemonDeploymentRevisionDetailBuilder().from(this);
    }
}
