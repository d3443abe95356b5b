package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Represents a scaling activity. Source: Application Auto Scaling API reference (ScalingActivity).
 *
 * @param activityId The unique identifier of the scaling activity. (required)
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource, or a custom-resource . (required)
 * @param resourceId The identifier of the resource associated with the scaling activity. (required)
 * @param scalableDimension The scalable dimension. (required)
 * @param description A simple description of what action the scaling activity intends to accomplish. (required)
 * @param cause A simple description of what caused the scaling activity to happen. (required)
 * @param startTime The Unix timestamp for when the scaling activity began. (required)
 * @param endTime The Unix timestamp for when the scaling activity ended.
 * @param statusCode Indicates the status of the scaling activity. (required)
 * @param statusMessage A simple message about the current status of the scaling activity.
 * @param details The details about the scaling activity.
 * @param notScaledReasons Machine-readable data that describes the reason for a not scaled activity.
 */
@Value.Builder
public record ScalingActivity(
        String activityId,
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension,
        String description,
        String cause,
        Instant startTime,
        Option<Instant> endTime,
        ScalingActivityStatusCode statusCode,
        Option<String> statusMessage,
        Option<String> details,
        List<NotScaledReason> notScaledReasons) {

    /** A builder with every optional component absent and every list empty. */
    public static ScalingActivityBuilder builder() {
        return new ScalingActivityBuilder();
    }

    /** A builder holding this record's values. */
    public ScalingActivityBuilder toBuilder() {
        return new ScalingActivityBuilder().from(this);
    }
}
