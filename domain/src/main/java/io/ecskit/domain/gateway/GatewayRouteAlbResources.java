package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Application Load Balancer resources that a gateway manages for a route. Source: ECS API reference (GatewayRouteAlbResources).
 *
 * @param acmCertificateArn The Amazon Resource Name (ARN) of the Amazon Web Services Certificate Manager certificate.
 * @param loadBalancerArn The Amazon Resource Name (ARN) of the load balancer.
 * @param listenerArn The Amazon Resource Name (ARN) of the listener.
 * @param listenerRuleArn The Amazon Resource Name (ARN) of the listener rule for production traffic.
 * @param testListenerRuleArns The Amazon Resource Names (ARNs) of the listener rules for test traffic.
 * @param loadBalancerSecurityGroups The security groups attached to the load balancer.
 * @param serviceSecurityGroupArn The Amazon Resource Name (ARN) of the service security group in which the gateway manages the ingress rule for this route.
 */
@Value.Builder
public record GatewayRouteAlbResources(
        Option<String> acmCertificateArn,
        Option<String> loadBalancerArn,
        Option<String> listenerArn,
        Option<String> listenerRuleArn,
        List<String> testListenerRuleArns,
        List<GatewayRouteLoadBalancerSecurityGroup> loadBalancerSecurityGroups,
        Option<String> serviceSecurityGroupArn) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayRouteAlbResourcesBuilder builder() {
        return new GatewayRouteAlbResourcesBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayRouteAlbResourcesBuilder toBuilder() {
        return new GatewayRouteAlbResourcesBuilder().from(this);
    }
}
