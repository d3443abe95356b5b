package io.ecskit.domain.task;

import io.ecskit.domain.taskdef.IsolationMode;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A task's read-only view of its task definition's trusted execution configuration, as DescribeTasks, RunTask
 * and StopTask show it; never the attestation policy itself. Source: ECS API reference, TrustedExecutionSummary.
 *
 * @param isolationMode The isolation mode the task runs in, mirroring the task definition's.
 * @param attestationPolicyStatus CONFIGURED when the task definition gave an attestation policy; present only for CONFIDENTIAL_SANDBOX.
 */
@Value.Builder
public record TrustedExecutionSummary(
        IsolationMode isolationMode,
        Option<AttestationPolicyStatus> attestationPolicyStatus) {

    /** A builder with every optional component absent and every list empty. */
    public static TrustedExecutionSummaryBuilder builder() {
        return new TrustedExecutionSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public TrustedExecutionSummaryBuilder toBuilder() {
        return new TrustedExecutionSummaryBuilder().from(this);
    }
}
