package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The circuit breaker's view of a service deployment.
 *
 * @param status TRIGGERED, MONITORING, MONITORING_COMPLETE or DISABLED.
 * @param failureCount Tasks that failed to start or to stay healthy so far.
 * @param threshold Failures that trip the breaker.
 */
@Value.Builder
public record ServiceDeploymentCircuitBreaker(
        Option<ServiceDeploymentRollbackMonitorsStatus> status,
        Option<Integer> failureCount,
        Option<Integer> threshold) {

    /** A null optional component becomes absent ({@code Option.none()}), as the builder leaves unset ones. */
    public ServiceDeploymentCircuitBreaker {
        status = status == null ? Option.none() : status;
        failureCount = failureCount == null ? Option.none() : failureCount;
        threshold = threshold == null ? Option.none() : threshold;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ServiceDeploymentCircuitBreakerBuilder builder() {
        return new ServiceDeploymentCircuitBreakerBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceDeploymentCircuitBreakerBuilder toBuilder() {
        return new ServiceDeploymentCircuitBreakerBuilder().from(this);
    }
}
