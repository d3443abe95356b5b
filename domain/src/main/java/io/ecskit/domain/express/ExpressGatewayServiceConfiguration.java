package io.ecskit.domain.express;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Represents a specific configuration revision of an Express service, containing all the settings and parameters for that revision. Source: ECS API reference (ExpressGatewayServiceConfiguration).
 *
 * @param serviceRevisionArn The ARN of the service revision.
 * @param executionRoleArn The ARN of the task execution role for the service revision.
 * @param taskRoleArn The ARN of the task role for the service revision.
 * @param taskDefinitionArn The ARN of the task definition used by this service revision.
 * @param cpu The CPU allocation for tasks in this service revision.
 * @param memory The memory allocation for tasks in this service revision.
 * @param cpuArchitecture The CPU architecture that the task runs on.
 * @param networkConfiguration The network configuration for tasks in this service revision.
 * @param healthCheckPath The health check path for this service revision.
 * @param primaryContainer The primary container configuration for this service revision.
 * @param scalingTarget The auto-scaling configuration for this service revision.
 * @param ingressPaths The entry point into this service revision.
 * @param createdAt The Unix timestamp for when this service revision was created.
 */
@Value.Builder
public record ExpressGatewayServiceConfiguration(
        Option<String> serviceRevisionArn,
        Option<String> executionRoleArn,
        Option<String> taskRoleArn,
        Option<String> taskDefinitionArn,
        Option<String> cpu,
        Option<String> memory,
        Option<ExpressCpuArchitecture> cpuArchitecture,
        Option<ExpressGatewayServiceNetworkConfiguration> networkConfiguration,
        Option<String> healthCheckPath,
        Option<ExpressGatewayContainer> primaryContainer,
        Option<ExpressGatewayScalingTarget> scalingTarget,
        List<IngressPathSummary> ingressPaths,
        Option<Instant> createdAt) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceConfigurationBuilder builder() {
        return new ExpressGatewayServiceConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceConfigurationBuilder toBuilder() {
        return new ExpressGatewayServiceConfigurationBuilder().from(this);
    }
}
