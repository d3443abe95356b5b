package io.ecskit.domain.elb;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (CreateTargetGroupInput).
 *
 * @param name The name of the target group. (required)
 * @param protocol The protocol to use for routing traffic to the targets.
 * @param protocolVersion [HTTP/HTTPS protocol] The protocol version.
 * @param port The port on which the targets receive traffic.
 * @param vpcId The identifier of the virtual private cloud (VPC).
 * @param healthCheckProtocol The protocol the load balancer uses when performing health checks on targets.
 * @param healthCheckPort The port the load balancer uses when performing health checks on targets.
 * @param healthCheckEnabled Indicates whether health checks are enabled.
 * @param healthCheckPath [HTTP/HTTPS health checks] The destination for health checks on the targets.
 * @param healthCheckIntervalSeconds The approximate amount of time, in seconds, between health checks of an individual target.
 * @param healthCheckTimeoutSeconds The amount of time, in seconds, during which no response from a target means a failed health check.
 * @param healthyThresholdCount The number of consecutive health check successes required before considering a target healthy.
 * @param unhealthyThresholdCount The number of consecutive health check failures required before considering a target unhealthy.
 * @param matcher [HTTP/HTTPS health checks] The HTTP or gRPC codes to use when checking for a successful response from a target.
 * @param targetType The type of target that you must specify when registering targets with this target group.
 * @param tags The tags to assign to the target group.
 * @param ipAddressType The IP address type.
 * @param targetControlPort The port on which the target control agent and application load balancer exchange management traffic for the target optimizer feature.
 */
@Value.Builder
public record CreateTargetGroupInput(
        String name,
        Option<ProtocolEnum> protocol,
        Option<String> protocolVersion,
        Option<Integer> port,
        Option<String> vpcId,
        Option<ProtocolEnum> healthCheckProtocol,
        Option<String> healthCheckPort,
        Option<Boolean> healthCheckEnabled,
        Option<String> healthCheckPath,
        Option<Integer> healthCheckIntervalSeconds,
        Option<Integer> healthCheckTimeoutSeconds,
        Option<Integer> healthyThresholdCount,
        Option<Integer> unhealthyThresholdCount,
        Option<Matcher> matcher,
        Option<TargetTypeEnum> targetType,
        List<Tag> tags,
        Option<TargetGroupIpAddressTypeEnum> ipAddressType,
        Option<Integer> targetControlPort) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateTargetGroupInputBuilder builder() {
        return new CreateTargetGroupInputBuilder();
    }

    /** A builder holding this record's values. */
    public CreateTargetGroupInputBuilder toBuilder() {
        return new CreateTargetGroupInputBuilder().from(this);
    }
}
