package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DeleteScalingPolicyRequest).
 *
 * @param policyName The name of the scaling policy. (required)
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource associated with the scalable target. (required)
 * @param scalableDimension The scalable dimension. (required)
 */
@Value.Builder
public record DeleteScalingPolicyRequest(
        String policyName,
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension) {

    /** A builder with every optional component absent and every list empty. */
    public static DeleteScalingPolicyRequestBuilder builder() {
        return new DeleteScalingPolicyRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DeleteScalingPolicyRequestBuilder toBuilder() {
        return new DeleteScalingPolicyRequestBuilder().from(this);
    }
}
