package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Stops a deployment whose tasks keep failing, optionally rolling it back.
 *
 * @param enable Whether the circuit breaker is on (required).
 * @param rollback Whether a tripped deployment rolls back to the last COMPLETED one (required).
 * @param resetOnHealthyTask Whether a task that becomes healthy resets the failure count (consecutive failures) or not (cumulative).
 * @param thresholdConfiguration How many failed tasks trip the breaker; BOUNDED_PERCENT 50 (clamped 3..200) by default.
 */
@Value.Builder
public record DeploymentCircuitBreaker(
        boolean enable,
        boolean rollback,
        Option<Boolean> resetOnHealthyTask,
        Option<ThresholdConfiguration> thresholdConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentCircuitBreakerBuilder builder() {
        return new DeploymentCircuitBreakerBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentCircuitBreakerBuilder toBuilder() {
        return new DeploymentCircuitBreakerBuilder().from(this);
    }

    /** The circuit breaker off, as ECS stores it when none is given. */
    public static final DeploymentCircuitBreaker DISABLED = builder().enable(false).rollback(false).build();
    /** The circuit breaker on, rolling back to the last COMPLETED deployment. */
    public static final DeploymentCircuitBreaker WITH_ROLLBACK = builder().enable(true).rollback(true).build();

    /**
     * How many tasks may fail to start before the breaker trips with ECS's default threshold: half
     * the desired count, at least 3 and at most 200 (AWS "deployment-circuit-breaker" page).
     */
    public static int failureThreshold(int desiredCount) {
        int half = (desiredCount + 1) / 2;
        return Math.max(3, Math.min(200, half));
    }

    /**
     * How many failed tasks trip this breaker for a service of {@code desiredCount}: COUNT is the
     * value itself; BOUNDED_PERCENT (ECS's default, 50) that share of the desired count rounded up,
     * clamped to 3..200; UNBOUNDED_PERCENT the share, at least 1.
     */
    public int failureThresholdFor(int desiredCount) {
        ThresholdConfiguration threshold = thresholdConfiguration.getOrElse(ServiceDefaults.THRESHOLD);
        int value = threshold.value();
        int share = (int) Math.ceil(desiredCount * value / 100.0);
        return switch (threshold.type()) {
            case COUNT -> Math.max(1, value);
            case UNBOUNDED_PERCENT -> Math.max(1, share);
            case BOUNDED_PERCENT -> Math.max(3, Math.min(200, share));
        };
    }
}
