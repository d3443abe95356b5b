package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How long a PAUSE hook waits, and what then.
 *
 * @param timeoutInMinutes Minutes the hook waits, 1..20160.
 * @param action What the timeout does: ROLLBACK or CONTINUE.
 */
@Value.Builder
public record DeploymentLifecycleHookTimeoutConfiguration(
        Option<Integer> timeoutInMinutes,
        Option<DeploymentLifecycleHookAction> action) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentLifecycleHookTimeoutConfigurationBuilder builder() {
        return new DeploymentLifecycleHookTimeoutConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentLifecycleHookTimeoutConfigurationBuilder toBuilder() {
        return new DeploymentLifecycleHookTimeoutConfigurationBuilder().from(this);
    }
}
