package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * When a ROLLING deployment may succeed before every old task is replaced.
 *
 * @param enable Whether the early success criteria apply.
 * @param healthyPercent Share of desiredCount, in percent, that must run the new revision healthy for early success.
 * @param sourceServiceRevisionCleanup Whether old tasks are removed before success is declared (BLOCKING) or after (DEFERRED).
 */
@Value.Builder
public record DeploymentEarlySuccessCriteria(
        Option<Boolean> enable,
        Option<Integer> healthyPercent,
        Option<ServiceRevisionCleanup> sourceServiceRevisionCleanup) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentEarlySuccessCriteriaBuilder builder() {
        return new DeploymentEarlySuccessCriteriaBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentEarlySuccessCriteriaBuilder toBuilder() {
        return new DeploymentEarlySuccessCriteriaBuilder().from(this);
    }
}
