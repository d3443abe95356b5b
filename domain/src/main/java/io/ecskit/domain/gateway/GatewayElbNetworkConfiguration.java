package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The network configuration for the load balancers that a gateway manages. Source: ECS API reference (GatewayElbNetworkConfiguration).
 *
 * @param inboundSecurityGroup The ID of a security group that you provide to control inbound traffic to the load balancers that the gateway manages.
 * @param subnets The subnets for the load balancers that the gateway manages.
 * @param ipAddressType The IP address type for the load balancers that the gateway manages.
 */
@Value.Builder
public record GatewayElbNetworkConfiguration(
        Option<String> inboundSecurityGroup,
        List<String> subnets,
        Option<GatewayElbIpAddressType> ipAddressType) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayElbNetworkConfigurationBuilder builder() {
        return new GatewayElbNetworkConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayElbNetworkConfigurationBuilder toBuilder() {
        return new GatewayElbNetworkConfigurationBuilder().from(this);
    }
}
