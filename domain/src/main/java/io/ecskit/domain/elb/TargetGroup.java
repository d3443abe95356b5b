package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a target group. Source: Elastic Load Balancing v2 API reference (TargetGroup).
 *
 * @param targetGroupArn The Amazon Resource Name (ARN) of the target group.
 * @param targetGroupName The name of the target group.
 * @param protocol The protocol to use for routing traffic to the targets.
 * @param port The port on which the targets are listening.
 * @param vpcId The ID of the VPC for the targets.
 * @param healthCheckProtocol The protocol to use to connect with the target.
 * @param healthCheckPort The port to use to connect with the target.
 * @param healthCheckEnabled Indicates whether health checks are enabled.
 * @param healthCheckIntervalSeconds The approximate amount of time, in seconds, between health checks of an individual target.
 * @param healthCheckTimeoutSeconds The amount of time, in seconds, during which no response means a failed health check.
 * @param healthyThresholdCount The number of consecutive health checks successes required before considering an unhealthy target healthy.
 * @param unhealthyThresholdCount The number of consecutive health check failures required before considering the target unhealthy.
 * @param healthCheckPath The destination for health checks on the targets.
 * @param matcher The HTTP or gRPC codes to use when checking for a successful response from a target.
 * @param loadBalancerArns The Amazon Resource Name (ARN) of the load balancer that routes traffic to this target group.
 * @param targetType The type of target that you must specify when registering targets with this target group.
 * @param protocolVersion [HTTP/HTTPS protocol] The protocol version.
 * @param ipAddressType The IP address type.
 * @param targetControlPort The port on which the target control agent and application load balancer exchange management traffic for the target optimizer feature.
 */
@Value.Builder
public record TargetGroup(
        Option<String> targetGroupArn,
        Option<String> targetGroupName,
        Option<ProtocolEnum> protocol,
        Option<Integer> port,
        Option<String> vpcId,
        Option<ProtocolEnum> healthCheckProtocol,
        Option<String> healthCheckPort,
        Option<Boolean> healthCheckEnabled,
        Option<Integer> healthCheckIntervalSeconds,
        Option<Integer> healthCheckTimeoutSeconds,
        Option<Integer> healthyThresholdCount,
        Option<Integer> unhealthyThresholdCount,
        Option<String> healthCheckPath,
        Option<Matcher> matcher,
        List<String> loadBalancerArns,
        Option<TargetTypeEnum> targetType,
        Option<String> protocolVersion,
        Option<TargetGroupIpAddressTypeEnum> ipAddressType,
        Option<Integer> targetControlPort) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetGroupBuilder builder() {
        return new TargetGroupBuilder();
    }

    /** A builder holding this record's values. */
    public TargetGroupBuilder toBuilder() {
        return new TargetGroupBuilder().from(this);
    }
}
