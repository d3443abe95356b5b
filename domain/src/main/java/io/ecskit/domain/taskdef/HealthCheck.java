package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A container's Docker health check.
 *
 * @param command CMD or CMD-SHELL and then the check command (required).
 * @param interval Seconds between checks, 5..300; 30 when absent.
 * @param timeout Seconds a check may take before it counts as failed, 2..60; 5 when absent.
 * @param retries Failed checks in a row before the container is UNHEALTHY, 1..10; 3 when absent.
 * @param startPeriod Seconds after start during which failures don't count, 0..300; 0 when absent.
 */
@Value.Builder
public record HealthCheck(
        List<String> command,
        Option<Integer> interval,
        Option<Integer> timeout,
        Option<Integer> retries,
        Option<Integer> startPeriod) {

    /** ECS's default interval, seconds. */
    public static final int DEFAULT_INTERVAL = 30;
    /** ECS's default timeout, seconds. */
    public static final int DEFAULT_TIMEOUT = 5;
    /** ECS's default retries. */
    public static final int DEFAULT_RETRIES = 3;
    /** ECS's default start period, seconds. */
    public static final int DEFAULT_START_PERIOD = 0;

    /** A builder with every optional component absent and every list empty. */
    public static HealthCheckBuilder builder() {
        return new HealthCheckBuilder();
    }

    /** A builder holding this record's values. */
    public HealthCheckBuilder toBuilder() {
        return new HealthCheckBuilder().from(this);
    }
}
