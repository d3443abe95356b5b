package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The health check of a gateway connector.
 *
 * @param healthCheckProtocol HTTP or HTTPS.
 * @param healthCheckPort Port to check.
 * @param healthCheckPath Path to request.
 * @param healthCheckTimeoutSeconds Seconds before a check fails.
 * @param healthCheckIntervalSeconds Seconds between checks.
 * @param healthyThresholdCount Successes in a row before the target is healthy.
 * @param unhealthyThresholdCount Failures in a row before the target is unhealthy.
 * @param matcher Response codes that count as healthy.
 */
@Value.Builder
public record GatewayConnectorHealthCheck(
        Option<GatewayConnectorHealthCheckProtocol> healthCheckProtocol,
        Option<Integer> healthCheckPort,
        Option<String> healthCheckPath,
        Option<Integer> healthCheckTimeoutSeconds,
        Option<Integer> healthCheckIntervalSeconds,
        Option<Integer> healthyThresholdCount,
        Option<Integer> unhealthyThresholdCount,
        Option<GatewayConnectorHealthCheckMatcher> matcher) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayConnectorHealthCheckBuilder builder() {
        return new GatewayConnectorHealthCheckBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayConnectorHealthCheckBuilder toBuilder() {
        return new GatewayConnectorHealthCheckBuilder().from(this);
    }
}
