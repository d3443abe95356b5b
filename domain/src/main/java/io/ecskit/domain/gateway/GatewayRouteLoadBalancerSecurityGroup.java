package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A security group attached to the load balancer for a gateway route. Source: ECS API reference (GatewayRouteLoadBalancerSecurityGroup).
 *
 * @param arn The Amazon Resource Name (ARN) of the security group.
 * @param ruleArns The Amazon Resource Names (ARNs) of the security group rules.
 */
@Value.Builder
public record GatewayRouteLoadBalancerSecurityGroup(
        Option<String> arn,
        List<String> ruleArns) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayRouteLoadBalancerSecurityGroupBuilder builder() {
        return new GatewayRouteLoadBalancerSecurityGroupBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayRouteLoadBalancerSecurityGroupBuilder toBuilder() {
        return new GatewayRouteLoadBalancerSecurityGroupBuilder().from(this);
    }
}
