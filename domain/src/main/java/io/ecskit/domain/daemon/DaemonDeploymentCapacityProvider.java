package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a capacity provider during a daemon deployment. Source: ECS API reference (DaemonDeploymentCapacityProvider).
 *
 * @param arn The Amazon Resource Name (ARN) of the capacity provider.
 * @param runningInstanceCount The number of instances running daemon tasks on this capacity provider.
 * @param withoutDaemonInstanceCount The number of instances on this capacity provider that are running without the daemon task.
 * @param drainingInstanceCount The number of instances being drained on this capacity provider during the deployment.
 */
@Value.Builder
public record DaemonDeploymentCapacityProvider(
        Option<String> arn,
        Option<Integer> runningInstanceCount,
        Option<Integer> withoutDaemonInstanceCount,
        Option<Integer> drainingInstanceCount) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDeploymentCapacityProviderBuilder builder() {
        return new DaemonDeploymentCapacityProviderBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDeploymentCapacityProviderBuilder toBuilder() {
        return new DaemonDeploymentCapacityProviderBuilder().from(this);
    }
}
