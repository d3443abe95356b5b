package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One lifecycle hook of a service deployment as it runs.
 *
 * @param hookId ID to pass to ContinueServiceDeployment (PAUSE hooks).
 * @param targetType AWS_LAMBDA or PAUSE.
 * @param targetArn The Lambda function (AWS_LAMBDA).
 * @param status AWAITING_ACTION, IN_PROGRESS, SUCCEEDED, FAILED or TIMED_OUT.
 * @param expiresAt When a PAUSE hook takes its timeout action.
 * @param timeoutAction ROLLBACK or CONTINUE at expiry.
 */
@Value.Builder
public record DeploymentLifecycleHookDetail(
        Option<String> hookId,
        Option<DeploymentLifecycleHookTargetType> targetType,
        Option<String> targetArn,
        Option<DeploymentLifecycleHookStatus> status,
        Option<java.time.Instant> expiresAt,
        Option<DeploymentLifecycleHookAction> timeoutAction) {

    /** A null optional component becomes absent ({@code Option.none()}), as the builder leaves unset ones. */
    public DeploymentLifecycleHookDetail {
        hookId = hookId == null ? Option.none() : hookId;
        targetType = targetType == null ? Option.none() : targetType;
        targetArn = targetArn == null ? Option.none() : targetArn;
        status = status == null ? Option.none() : status;
        expiresAt = expiresAt == null ? Option.none() : expiresAt;
        timeoutAction = timeoutAction == null ? Option.none() : timeoutAction;
    }

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentLifecycleHookDetailBuilder builder() {
        return new DeploymentLifecycleHookDetailBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentLifecycleHookDetailBuilder toBuilder() {
        return new DeploymentLifecycleHookDetailBuilder().from(this);
    }
}
