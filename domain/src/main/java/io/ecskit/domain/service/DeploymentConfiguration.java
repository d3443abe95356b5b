package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How ECS runs a service's deployments.
 *
 * @param deploymentCircuitBreaker Stops a rolling deployment whose tasks keep failing, optionally rolling back.
 * @param maximumPercent Upper limit of running tasks during a deployment, in percent of desiredCount; 200 by default (REPLICA).
 * @param minimumHealthyPercent Lower limit of healthy tasks during a deployment, in percent of desiredCount; 100 by default (REPLICA).
 * @param alarms CloudWatch alarms that fail the deployment when they go to ALARM.
 * @param strategy ROLLING (the default), BLUE_GREEN, LINEAR or CANARY.
 * @param bakeTimeInMinutes Minutes blue and green both run after production traffic moved, before the old revision goes, 0..1440.
 * @param lifecycleHooks Lambda or pause hooks run at the deployment's lifecycle stages.
 * @param linearConfiguration Step size and bake time of a LINEAR deployment.
 * @param canaryConfiguration Canary share and bake time of a CANARY deployment.
 * @param earlySuccessCriteria When a ROLLING deployment may count as successful before every old task is replaced.
 */
@Value.Builder
public record DeploymentConfiguration(
        Option<DeploymentCircuitBreaker> deploymentCircuitBreaker,
        Option<Integer> maximumPercent,
        Option<Integer> minimumHealthyPercent,
        Option<DeploymentAlarms> alarms,
        Option<DeploymentStrategy> strategy,
        Option<Integer> bakeTimeInMinutes,
        List<DeploymentLifecycleHook> lifecycleHooks,
        Option<LinearConfiguration> linearConfiguration,
        Option<CanaryConfiguration> canaryConfiguration,
        Option<DeploymentEarlySuccessCriteria> earlySuccessCriteria) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentConfigurationBuilder builder() {
        return new DeploymentConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentConfigurationBuilder toBuilder() {
        return new DeploymentConfigurationBuilder().from(this);
    }
}
