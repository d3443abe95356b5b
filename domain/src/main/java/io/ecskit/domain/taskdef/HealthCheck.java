package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A container's Docker health check. The defaults ECS stores for interval, timeout and retries are
 * {@link TaskDefinitionDefaults}'s (rule taskDefinitionDefaults).
 *
 * @param command CMD or CMD-SHELL and then the check command (required).
 * @param interval Seconds between checks, 5..300; 30 when absent.
 * @param timeout Seconds a check may take before it counts as failed, 2..60; 5 when absent.
 * @param retries Failed checks in a row before the container is UNHEALTHY, 1..10; 3 when absent.
 * @param startPeriod Seconds after start during which failures don't count, 0..300; absent stays absent (the runtime uses 0).
 */
@Value.Builder
public record HealthCheck(
        List<String> command,
        Option<Integer> interval,
        Option<Integer> timeout,
        Option<Integer> retries,
        Option<Integer> startPeriod) {

    /** A builder with every optional component absent and every list empty. */
    public static HealthCheckBuilder builder() {
        return new HealthCheckBuilder();
    }

    /** A builder holding this record's values. */
    public HealthCheckBuilder toBuilder() {
        return new HealthCheckBuilder().from(this);
    }
}
