package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Whether and when ECS restarts an exited container in place, without replacing the task.
 *
 * @param enabled Whether ECS restarts the container when it exits (required).
 * @param ignoredExitCodes Exit codes after which the container is not restarted, at most 50.
 * @param restartAttemptPeriod Seconds the container must run before a restart is attempted, 60..1800 (300 by default).
 */
@Value.Builder
public record ContainerRestartPolicy(
        boolean enabled,
        List<Integer> ignoredExitCodes,
        Option<Integer> restartAttemptPeriod) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerRestartPolicyBuilder builder() {
        return new ContainerRestartPolicyBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerRestartPolicyBuilder toBuilder() {
        return new ContainerRestartPolicyBuilder().from(this);
    }
}
