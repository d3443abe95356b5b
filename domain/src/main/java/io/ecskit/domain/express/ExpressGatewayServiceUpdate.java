package io.ecskit.domain.express;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What UpdateExpressGatewayService changes: each member given replaces the current configuration's and starts a new
 * deployment of a new service revision. Source: ECS API reference (UpdateExpressGatewayService).
 *
 * @param serviceArn The Amazon Resource Name (ARN) of the Express service to update. (required)
 * @param executionRoleArn The Amazon Resource Name (ARN) of the task execution role for the Express service.
 * @param healthCheckPath The path on the container for Application Load Balancer health checks.
 * @param primaryContainer The primary container configuration for the Express service.
 * @param taskRoleArn The Amazon Resource Name (ARN) of the IAM role for containers in this task.
 * @param networkConfiguration The network configuration for the Express service tasks.
 * @param cpu The number of CPU units used by the task.
 * @param memory The amount of memory (in MiB) used by the task.
 * @param cpuArchitecture The CPU architecture that the task runs on.
 * @param scalingTarget The auto-scaling configuration for the Express service.
 * @param taskDefinitionArn The Amazon Resource Name (ARN) of a task definition to use to update the Express Gateway service.
 */
@Value.Builder
public record ExpressGatewayServiceUpdate(
        String serviceArn,
        Option<String> executionRoleArn,
        Option<String> healthCheckPath,
        Option<ExpressGatewayContainer> primaryContainer,
        Option<String> taskRoleArn,
        Option<ExpressGatewayServiceNetworkConfiguration> networkConfiguration,
        Option<String> cpu,
        Option<String> memory,
        Option<ExpressCpuArchitecture> cpuArchitecture,
        Option<ExpressGatewayScalingTarget> scalingTarget,
        Option<String> taskDefinitionArn) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceUpdateBuilder builder() {
        return new ExpressGatewayServiceUpdateBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceUpdateBuilder toBuilder() {
        return new ExpressGatewayServiceUpdateBuilder().from(this);
    }
}
