package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a target tracking scaling policy configuration to use with Application Auto Scaling. Source: Application Auto Scaling API reference (TargetTrackingScalingPolicyConfiguration).
 *
 * @param targetValue The target value for the metric. (required)
 * @param predefinedMetricSpecification A predefined metric.
 * @param customizedMetricSpecification A customized metric.
 * @param scaleOutCooldown The amount of time, in seconds, to wait for a previous scale-out activity to take effect.
 * @param scaleInCooldown The amount of time, in seconds, after a scale-in activity completes before another scale-in activity can start.
 * @param disableScaleIn Indicates whether scale in by the target tracking scaling policy is disabled.
 */
@Value.Builder
public record TargetTrackingScalingPolicyConfiguration(
        Double targetValue,
        Option<PredefinedMetricSpecification> predefinedMetricSpecification,
        Option<CustomizedMetricSpecification> customizedMetricSpecification,
        Option<Integer> scaleOutCooldown,
        Option<Integer> scaleInCooldown,
        Option<Boolean> disableScaleIn) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetTrackingScalingPolicyConfigurationBuilder builder() {
        return new TargetTrackingScalingPolicyConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public TargetTrackingScalingPolicyConfigurationBuilder toBuilder() {
        return new TargetTrackingScalingPolicyConfigurationBuilder().from(this);
    }
}
