package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScheduledActionsResponse).
 *
 * @param scheduledActions Information about the scheduled actions.
 * @param nextToken The token required to get the next set of results.
 */
@Value.Builder
public record DescribeScheduledActionsResponse(
        List<ScheduledAction> scheduledActions,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScheduledActionsResponseBuilder builder() {
        return new DescribeScheduledActionsResponseBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScheduledActionsResponseBuilder toBuilder() {
        return new DescribeScheduledActionsResponseBuilder().from(this);
    }
}
