package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One service revision a deployment moves tasks from or to, with its task counts and requested traffic weights.
 *
 * @param arn ARN of the service revision.
 * @param requestedTaskCount Tasks the deployment wants on this revision.
 * @param runningTaskCount Tasks RUNNING on this revision.
 * @param pendingTaskCount Tasks PENDING on this revision.
 * @param requestedTestTrafficWeight Share of test traffic, percent (0.0..100.0; blue/green, linear, canary).
 * @param requestedProductionTrafficWeight Share of production traffic, percent (0.0..100.0).
 */
@Value.Builder
public record ServiceRevisionSummary(
        String arn,
        Option<Integer> requestedTaskCount,
        Option<Integer> runningTaskCount,
        Option<Integer> pendingTaskCount,
        Option<Double> requestedTestTrafficWeight,
        Option<Double> requestedProductionTrafficWeight) {

    /**
     * A null optional component becomes absent ({@code Option.none()}), as the builder leaves unset ones; {@code arn}
     * is kept as given.
     */
    public ServiceRevisionSummary {
        requestedTaskCount = requestedTaskCount == null ? Option.none() : requestedTaskCount;
        runningTaskCount = runningTaskCount == null ? Option.none() : runningTaskCount;
        pendingTaskCount = pendingTaskCount == null ? Option.none() : pendingTaskCount;
        requestedTestTrafficWeight = requestedTestTrafficWeight == null ? Option.none() : requestedTestTrafficWeight;
        requestedProductionTrafficWeight = requestedProductionTrafficWeight == null ? Option.none() : requestedProductionTrafficWeight;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ServiceRevisionSummaryBuilder builder() {
        return new ServiceRevisionSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceRevisionSummaryBuilder toBuilder() {
        return new ServiceRevisionSummaryBuilder().from(this);
    }
}
