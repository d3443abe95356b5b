package io.ecskit.domain.service;

/**
 * How a rolling deployment may replace tasks: never fewer than {@code minimumHealthyPercent} of
 * the desired count running, never more than {@code maximumPercent}. ECS defaults 100 / 200,
 * breaker off.
 */
public record DeploymentConfiguration(int minimumHealthyPercent, int maximumPercent, DeploymentCircuitBreaker circuitBreaker) {

    public static final DeploymentConfiguration ECS_DEFAULT =
            new DeploymentConfiguration(100, 200, DeploymentCircuitBreaker.DISABLED);

    /** What ecskit deploys with unless told otherwise: ECS's percents, breaker with rollback on. */
    public static final DeploymentConfiguration ECSKIT_DEFAULT =
            new DeploymentConfiguration(100, 200, DeploymentCircuitBreaker.WITH_ROLLBACK);

    public DeploymentConfiguration {
        circuitBreaker = circuitBreaker == null ? DeploymentCircuitBreaker.DISABLED : circuitBreaker;
    }
}
