package io.ecskit.domain.express;

import org.immutables.value.Value;

/**
 * Specifies the Amazon CloudWatch Logs configuration for the Express service container. Source: ECS API reference (ExpressGatewayServiceAwsLogsConfiguration).
 *
 * @param logGroup The name of the CloudWatch Logs log group to send container logs to. (required)
 * @param logStreamPrefix The prefix for the CloudWatch Logs log stream names. (required)
 */
@Value.Builder
public record ExpressGatewayServiceAwsLogsConfiguration(
        String logGroup,
        String logStreamPrefix) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceAwsLogsConfigurationBuilder builder() {
        return new ExpressGatewayServiceAwsLogsConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceAwsLogsConfigurationBuilder toBuilder() {
        return new ExpressGatewayServiceAwsLogsConfigurationBuilder().from(this);
    }
}
