package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (PutScalingPolicyRequest).
 *
 * @param policyName The name of the scaling policy. (required)
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource associated with the scaling policy. (required)
 * @param scalableDimension The scalable dimension. (required)
 * @param policyType The scaling policy type.
 * @param stepScalingPolicyConfiguration A step scaling policy.
 * @param targetTrackingScalingPolicyConfiguration A target tracking scaling policy.
 * @param predictiveScalingPolicyConfiguration The configuration of the predictive scaling policy.
 */
@Value.Builder
public record PutScalingPolicyRequest(
        String policyName,
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension,
        Option<PolicyType> policyType,
        Option<StepScalingPolicyConfiguration> stepScalingPolicyConfiguration,
        Option<TargetTrackingScalingPolicyConfiguration> targetTrackingScalingPolicyConfiguration,
        Option<PredictiveScalingPolicyConfiguration> predictiveScalingPolicyConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static PutScalingPolicyRequestBuilder builder() {
        return new PutScalingPolicyRequestBuilder();
    }

    /** A builder holding this record's values. */
    public PutScalingPolicyRequestBuilder toBuilder() {
        return new PutScalingPolicyRequestBuilder().from(this);
    }
}
