package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Optional deployment parameters that control how a daemon rolls out updates across container instances. Source: ECS API reference (DaemonDeploymentConfiguration).
 *
 * @param drainPercent The percentage of container instances to drain simultaneously during a daemon deployment.
 * @param alarms The CloudWatch alarm configuration for the daemon deployment.
 * @param bakeTimeInMinutes The amount of time (in minutes) to wait after a successful deployment step before proceeding.
 */
@Value.Builder
public record DaemonDeploymentConfiguration(
        Option<Double> drainPercent,
        Option<DaemonAlarmConfiguration> alarms,
        Option<Integer> bakeTimeInMinutes) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDeploymentConfigurationBuilder builder() {
        return new DaemonDeploymentConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDeploymentConfigurationBuilder toBuilder() {
        return new DaemonDeploymentConfigurationBuilder().from(this);
    }
}
