package io.ecskit.domain.service;

/**
 * The deployment circuit breaker: stop a rollout whose tasks keep failing to start and, with
 * rollback, return to the last deployment that COMPLETED.
 */
public record DeploymentCircuitBreaker(boolean enable, boolean rollback) {

    public static final DeploymentCircuitBreaker DISABLED = new DeploymentCircuitBreaker(false, false);
    public static final DeploymentCircuitBreaker WITH_ROLLBACK = new DeploymentCircuitBreaker(true, true);

    /**
     * How many tasks may fail to start before the breaker trips: half the desired count, at
     * least 3 and at most 200 (AWS "deployment-circuit-breaker" page).
     */
    public static int failureThreshold(int desiredCount) {
        int half = (desiredCount + 1) / 2;
        return Math.max(3, Math.min(200, half));
    }
}
