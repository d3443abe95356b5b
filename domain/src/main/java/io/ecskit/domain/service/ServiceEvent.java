package io.ecskit.domain.service;

import org.immutables.value.Value;

import java.time.Instant;

/**
 * A service event ECS wrote.
 *
 * @param id ID of the event.
 * @param createdAt When ECS wrote the event.
 * @param message The event text, e.g. "(service web) has reached a steady state."
 */
@Value.Builder
public record ServiceEvent(
        String id,
        Instant createdAt,
        String message) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceEventBuilder builder() {
        return new ServiceEventBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceEventBuilder toBuilder() {
        return new ServiceEventBuilder().from(this);
    }
}
