package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Represents a scaling policy to use with Application Auto Scaling. Source: Application Auto Scaling API reference (ScalingPolicy).
 *
 * @param policyARN The Amazon Resource Name (ARN) of the scaling policy. (required)
 * @param policyName The name of the scaling policy. (required)
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource, or a custom-resource . (required)
 * @param resourceId The identifier of the resource associated with the scaling policy. (required)
 * @param scalableDimension The scalable dimension. (required)
 * @param policyType The scaling policy type. (required)
 * @param stepScalingPolicyConfiguration A step scaling policy.
 * @param targetTrackingScalingPolicyConfiguration A target tracking scaling policy.
 * @param predictiveScalingPolicyConfiguration The predictive scaling policy configuration.
 * @param alarms The CloudWatch alarms associated with the scaling policy.
 * @param creationTime The Unix timestamp for when the scaling policy was created. (required)
 */
@Value.Builder
public record ScalingPolicy(
        String policyARN,
        String policyName,
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension,
        PolicyType policyType,
        Option<StepScalingPolicyConfiguration> stepScalingPolicyConfiguration,
        Option<TargetTrackingScalingPolicyConfiguration> targetTrackingScalingPolicyConfiguration,
        Option<PredictiveScalingPolicyConfiguration> predictiveScalingPolicyConfiguration,
        List<Alarm> alarms,
        Instant creationTime) {

    /** A builder with every optional component absent and every list empty. */
    public static ScalingPolicyBuilder builder() {
        return new ScalingPolicyBuilder();
    }

    /** A builder holding this record's values. */
    public ScalingPolicyBuilder toBuilder() {
        return new ScalingPolicyBuilder().from(this);
    }
}
