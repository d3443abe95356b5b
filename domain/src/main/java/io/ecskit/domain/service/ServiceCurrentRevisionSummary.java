package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A service revision running now, with its task counts.
 *
 * @param arn ARN of the service revision.
 * @param requestedTaskCount Tasks the revision should run.
 * @param runningTaskCount Tasks of the revision in RUNNING.
 * @param pendingTaskCount Tasks of the revision in PENDING.
 */
@Value.Builder
public record ServiceCurrentRevisionSummary(
        Option<String> arn,
        Option<Integer> requestedTaskCount,
        Option<Integer> runningTaskCount,
        Option<Integer> pendingTaskCount) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceCurrentRevisionSummaryBuilder builder() {
        return new ServiceCurrentRevisionSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceCurrentRevisionSummaryBuilder toBuilder() {
        return new ServiceCurrentRevisionSummaryBuilder().from(this);
    }
}
