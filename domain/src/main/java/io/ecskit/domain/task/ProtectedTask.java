package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * A task's scale-in protection, as GetTaskProtection and UpdateTaskProtection answer it. A protected task of a service
 * is not stopped when the service scales in, until the protection expires. Source: ECS API reference, ProtectedTask.
 *
 * @param taskArn The task.
 * @param protectionEnabled Whether the task is protected.
 * @param expirationDate When the protection ends (UpdateTaskProtection's expiresInMinutes, 120 by default, at most 2880).
 */
@Value.Builder
public record ProtectedTask(
        String taskArn,
        boolean protectionEnabled,
        Option<Instant> expirationDate) {
}
