package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (PutScheduledActionRequest).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param schedule The schedule for this action.
 * @param timezone Specifies the time zone used when setting a scheduled action by using an at or cron expression.
 * @param scheduledActionName The name of the scheduled action. (required)
 * @param resourceId The identifier of the resource associated with the scheduled action. (required)
 * @param scalableDimension The scalable dimension. (required)
 * @param startTime The date and time for this scheduled action to start, in UTC.
 * @param endTime The date and time for the recurring schedule to end, in UTC.
 * @param scalableTargetAction The new minimum and maximum capacity.
 */
@Value.Builder
public record PutScheduledActionRequest(
        ServiceNamespace serviceNamespace,
        Option<String> schedule,
        Option<String> timezone,
        String scheduledActionName,
        String resourceId,
        ScalableDimension scalableDimension,
        Option<Instant> startTime,
        Option<Instant> endTime,
        Option<ScalableTargetAction> scalableTargetAction) {

    /** A builder with every optional component absent and every list empty. */
    public static PutScheduledActionRequestBuilder builder() {
        return new PutScheduledActionRequestBuilder();
    }

    /** A builder holding this record's values. */
    public PutScheduledActionRequestBuilder toBuilder() {
        return new PutScheduledActionRequestBuilder().from(this);
    }
}
