package io.ecskit.domain.service;

import io.ecskit.domain.JsonText;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A hook ECS runs at lifecycle stages of a deployment.
 *
 * @param targetType AWS_LAMBDA (a function decides) or PAUSE (waits for ContinueServiceDeployment).
 * @param hookTargetArn ARN of the Lambda function to invoke (AWS_LAMBDA).
 * @param roleArn IAM role ECS uses to invoke the function.
 * @param lifecycleStages Stages the hook runs at; PAUSE is not allowed at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT.
 * @param hookDetails Any JSON passed to the hook as given.
 * @param timeoutConfiguration How long a PAUSE hook waits and what happens then.
 */
@Value.Builder
public record DeploymentLifecycleHook(
        Option<DeploymentLifecycleHookTargetType> targetType,
        Option<String> hookTargetArn,
        Option<String> roleArn,
        List<DeploymentLifecycleHookStage> lifecycleStages,
        Option<JsonText> hookDetails,
        Option<DeploymentLifecycleHookTimeoutConfiguration> timeoutConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentLifecycleHookBuilder builder() {
        return new DeploymentLifecycleHookBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentLifecycleHookBuilder toBuilder() {
        return new DeploymentLifecycleHookBuilder().from(this);
    }
}
