package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Timeouts of a Service Connect endpoint.
 *
 * @param idleTimeoutSeconds Seconds a connection may be idle, 0..2147483647 (0 disables).
 * @param perRequestTimeoutSeconds Seconds a request may take upstream, 0..2147483647 (0 disables).
 */
@Value.Builder
public record TimeoutConfiguration(
        Option<Integer> idleTimeoutSeconds,
        Option<Integer> perRequestTimeoutSeconds) {

    /** A builder with every optional component absent and every list empty. */
    public static TimeoutConfigurationBuilder builder() {
        return new TimeoutConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public TimeoutConfigurationBuilder toBuilder() {
        return new TimeoutConfigurationBuilder().from(this);
    }
}
