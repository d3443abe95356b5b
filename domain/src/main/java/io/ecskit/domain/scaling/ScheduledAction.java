package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Represents a scheduled action. Source: Application Auto Scaling API reference (ScheduledAction).
 *
 * @param scheduledActionName The name of the scheduled action. (required)
 * @param scheduledActionARN The Amazon Resource Name (ARN) of the scheduled action. (required)
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource, or a custom-resource . (required)
 * @param schedule The schedule for this action. (required)
 * @param timezone The time zone used when referring to the date and time of a scheduled action, when the scheduled action uses an at or cron expression.
 * @param resourceId The identifier of the resource associated with the scaling policy. (required)
 * @param scalableDimension The scalable dimension.
 * @param startTime The date and time that the action is scheduled to begin, in UTC.
 * @param endTime The date and time that the action is scheduled to end, in UTC.
 * @param scalableTargetAction The new minimum and maximum capacity.
 * @param creationTime The date and time that the scheduled action was created. (required)
 */
@Value.Builder
public record ScheduledAction(
        String scheduledActionName,
        String scheduledActionARN,
        ServiceNamespace serviceNamespace,
        String schedule,
        Option<String> timezone,
        String resourceId,
        Option<ScalableDimension> scalableDimension,
        Option<Instant> startTime,
        Option<Instant> endTime,
        Option<ScalableTargetAction> scalableTargetAction,
        Instant creationTime) {

    /** A builder with every optional component absent and every list empty. */
    public static ScheduledActionBuilder builder() {
        return new ScheduledActionBuilder();
    }

    /** A builder holding this record's values. */
    public ScheduledActionBuilder toBuilder() {
        return new ScheduledActionBuilder().from(this);
    }
}
