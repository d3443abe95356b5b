package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ModifyTargetGroupInput).
 *
 * @param targetGroupArn The Amazon Resource Name (ARN) of the target group. (required)
 * @param healthCheckProtocol The protocol the load balancer uses when performing health checks on targets.
 * @param healthCheckPort The port the load balancer uses when performing health checks on targets.
 * @param healthCheckPath [HTTP/HTTPS health checks] The destination for health checks on the targets.
 * @param healthCheckEnabled Indicates whether health checks are enabled.
 * @param healthCheckIntervalSeconds The approximate amount of time, in seconds, between health checks of an individual target.
 * @param healthCheckTimeoutSeconds [HTTP/HTTPS health checks] The amount of time, in seconds, during which no response means a failed health check.
 * @param healthyThresholdCount The number of consecutive health checks successes required before considering an unhealthy target healthy.
 * @param unhealthyThresholdCount The number of consecutive health check failures required before considering the target unhealthy.
 * @param matcher [HTTP/HTTPS health checks] The HTTP or gRPC codes to use when checking for a successful response from a target.
 */
@Value.Builder
public record ModifyTargetGroupInput(
        String targetGroupArn,
        Option<ProtocolEnum> healthCheckProtocol,
        Option<String> healthCheckPort,
        Option<String> healthCheckPath,
        Option<Boolean> healthCheckEnabled,
        Option<Integer> healthCheckIntervalSeconds,
        Option<Integer> healthCheckTimeoutSeconds,
        Option<Integer> healthyThresholdCount,
        Option<Integer> unhealthyThresholdCount,
        Option<Matcher> matcher) {

    /** A builder with every optional component absent and every list empty. */
    public static ModifyTargetGroupInputBuilder builder() {
        return new ModifyTargetGroupInputBuilder();
    }

    /** A builder holding this record's values. */
    public ModifyTargetGroupInputBuilder toBuilder() {
        return new ModifyTargetGroupInputBuilder().from(this);
    }
}
