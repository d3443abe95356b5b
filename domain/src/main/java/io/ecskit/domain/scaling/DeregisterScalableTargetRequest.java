package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DeregisterScalableTargetRequest).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource associated with the scalable target. (required)
 * @param scalableDimension The scalable dimension associated with the scalable target. (required)
 */
@Value.Builder
public record DeregisterScalableTargetRequest(
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension) {

    /** A builder with every optional component absent and every list empty. */
    public static DeregisterScalableTargetRequestBuilder builder() {
        return new DeregisterScalableTargetRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DeregisterScalableTargetRequestBuilder toBuilder() {
        return new DeregisterScalableTargetRequestBuilder().from(this);
    }
}
