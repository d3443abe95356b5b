package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The mutable network configuration for the load balancers that a gateway manages. Source: ECS API reference (UpdateGatewayNetworkConfiguration).
 *
 * @param inboundSecurityGroup The ID of a security group that you provide to control inbound traffic to the load balancers that the gateway manages.
 */
@Value.Builder
public record UpdateGatewayNetworkConfiguration(
        Option<String> inboundSecurityGroup) {

    /** A builder with every optional component absent and every list empty. */
    public static UpdateGatewayNetworkConfigurationBuilder builder() {
        return new UpdateGatewayNetworkConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public UpdateGatewayNetworkConfigurationBuilder toBuilder() {
        return new UpdateGatewayNetworkConfigurationBuilder().from(this);
    }
}
