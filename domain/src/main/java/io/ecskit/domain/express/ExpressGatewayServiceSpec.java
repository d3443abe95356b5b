package io.ecskit.domain.express;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Express Gateway service as CreateExpressGatewayService takes it: a Fargate service with the load balancer,
 * scaling and logging ECS creates and manages for it. Either {@code primaryContainer} (ECS registers a task definition
 * with one container named {@code Main}) or {@code taskDefinitionArn}. Source: ECS API reference
 * (CreateExpressGatewayService), ECS developer guide (Express mode).
 *
 * @param executionRoleArn The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on your behalf.
 * @param infrastructureRoleArn The Amazon Resource Name (ARN) of the infrastructure role that grants Amazon ECS permission to create and manage Amazon Web Services resources on your behalf for the Express service. (required)
 * @param serviceName The name of the Express service: 1..255 letters, digits, hyphens and underscores, unique in the cluster; ECS generates one when absent.
 * @param cluster The cluster (name or ARN); {@code default} when absent.
 * @param healthCheckPath The path the load balancer checks the container's health on; {@code /ping} by default.
 * @param primaryContainer The primary container configuration for the Express service.
 * @param taskRoleArn The Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.
 * @param networkConfiguration The network configuration for the Express service tasks.
 * @param cpu The task's CPU units, as a Fargate task definition takes them; 256 by default.
 * @param memory The task's memory in MiB, as a Fargate task definition takes it; 512 by default.
 * @param cpuArchitecture X86_64 (the default) or ARM64.
 * @param scalingTarget The auto-scaling configuration for the Express service.
 * @param tags The metadata that you apply to the Express service to help categorize and organize it.
 * @param taskDefinitionArn The Amazon Resource Name (ARN) of a task definition to use to create the Express Gateway service.
 */
@Value.Builder
public record ExpressGatewayServiceSpec(
        Option<String> executionRoleArn,
        String infrastructureRoleArn,
        Option<String> serviceName,
        Option<io.ecskit.domain.arn.ClusterName> cluster,
        Option<String> healthCheckPath,
        Option<ExpressGatewayContainer> primaryContainer,
        Option<String> taskRoleArn,
        Option<ExpressGatewayServiceNetworkConfiguration> networkConfiguration,
        Option<String> cpu,
        Option<String> memory,
        Option<ExpressCpuArchitecture> cpuArchitecture,
        Option<ExpressGatewayScalingTarget> scalingTarget,
        List<Tag> tags,
        Option<String> taskDefinitionArn) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceSpecBuilder builder() {
        return new ExpressGatewayServiceSpecBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceSpecBuilder toBuilder() {
        return new ExpressGatewayServiceSpecBuilder().from(this);
    }
}
