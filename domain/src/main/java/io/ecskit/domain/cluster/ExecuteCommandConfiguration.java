package io.ecskit.domain.cluster;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Encryption and logging of ECS Exec sessions.
 *
 * @param kmsKeyId KMS key encrypting the session data.
 * @param logging NONE, DEFAULT (the awslogs configuration of the task) or OVERRIDE (logConfiguration).
 * @param logConfiguration Where session logs go when logging is OVERRIDE.
 */
@Value.Builder
public record ExecuteCommandConfiguration(
        Option<String> kmsKeyId,
        Option<ExecuteCommandLogging> logging,
        Option<ExecuteCommandLogConfiguration> logConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static ExecuteCommandConfigurationBuilder builder() {
        return new ExecuteCommandConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ExecuteCommandConfigurationBuilder toBuilder() {
        return new ExecuteCommandConfigurationBuilder().from(this);
    }
}
