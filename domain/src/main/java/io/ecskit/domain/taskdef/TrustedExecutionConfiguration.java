package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The trusted execution configuration of a task definition: its isolation mode and attestation policy.
 * Supported only for Amazon ECS Managed Instances (requiresCompatibilities MANAGED_INSTANCES). Source: ECS API
 * reference, TrustedExecutionConfiguration.
 *
 * @param isolationMode How the task is isolated (required): SHARED (ECS's default), ISOLATED_SANDBOX or CONFIDENTIAL_SANDBOX.
 * @param attestationPolicy The base64-encoded attestation policy envelope; required when isolationMode is CONFIDENTIAL_SANDBOX.
 */
@Value.Builder
public record TrustedExecutionConfiguration(
        IsolationMode isolationMode,
        Option<String> attestationPolicy) {

    /** A builder with every optional component absent and every list empty. */
    public static TrustedExecutionConfigurationBuilder builder() {
        return new TrustedExecutionConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public TrustedExecutionConfigurationBuilder toBuilder() {
        return new TrustedExecutionConfigurationBuilder().from(this);
    }
}
