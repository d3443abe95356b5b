package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An Application Load Balancer and its associated resources that a gateway manages. Source: ECS API reference (ElbGatewayResources).
 *
 * @param loadBalancerArn The Amazon Resource Name (ARN) of the load balancer.
 * @param listenerArn The Amazon Resource Name (ARN) of the listener on the load balancer.
 * @param securityGroup The ID of the security group attached to the load balancer.
 * @param gatewayRouteArns The Amazon Resource Names (ARNs) of the gateway routes that use this load balancer for ingress.
 */
@Value.Builder
public record ElbGatewayResources(
        Option<String> loadBalancerArn,
        Option<String> listenerArn,
        Option<String> securityGroup,
        List<String> gatewayRouteArns) {

    /** A builder with every optional component absent and every list empty. */
    public static ElbGatewayResourcesBuilder builder() {
        return new ElbGatewayResourcesBuilder();
    }

    /** A builder holding this record's values. */
    public ElbGatewayResourcesBuilder toBuilder() {
        return new ElbGatewayResourcesBuilder().from(this);
    }
}
