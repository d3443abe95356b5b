package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DeleteScheduledActionRequest).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param scheduledActionName The name of the scheduled action. (required)
 * @param resourceId The identifier of the resource associated with the scheduled action. (required)
 * @param scalableDimension The scalable dimension. (required)
 */
@Value.Builder
public record DeleteScheduledActionRequest(
        ServiceNamespace serviceNamespace,
        String scheduledActionName,
        String resourceId,
        ScalableDimension scalableDimension) {

    /** A builder with every optional component absent and every list empty. */
    public static DeleteScheduledActionRequestBuilder builder() {
        return new DeleteScheduledActionRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DeleteScheduledActionRequestBuilder toBuilder() {
        return new DeleteScheduledActionRequestBuilder().from(this);
    }
}
