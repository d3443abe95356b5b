package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the circuit breaker used to determine when a daemon deployment has failed. Source: ECS API reference (DaemonCircuitBreaker).
 *
 * @param failureCount The number of times the circuit breaker detected a daemon deployment failure.
 * @param status The circuit breaker status.
 * @param threshold The threshold which determines that the daemon deployment failed.
 */
@Value.Builder
public record DaemonCircuitBreaker(
        Option<Integer> failureCount,
        Option<DaemonDeploymentRollbackMonitorsStatus> status,
        Option<Integer> threshold) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonCircuitBreakerBuilder builder() {
        return new DaemonCircuitBreakerBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonCircuitBreakerBuilder toBuilder() {
        return new DaemonCircuitBreakerBuilder().from(this);
    }
}
