package io.ecskit.domain.express;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The network configuration for an Express service. Source: ECS API reference (ExpressGatewayServiceNetworkConfiguration).
 *
 * @param securityGroups The IDs of the security groups associated with the Express service.
 * @param subnets The IDs of the subnets associated with the Express service.
 */
@Value.Builder
public record ExpressGatewayServiceNetworkConfiguration(
        List<String> securityGroups,
        List<String> subnets) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceNetworkConfigurationBuilder builder() {
        return new ExpressGatewayServiceNetworkConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceNetworkConfigurationBuilder toBuilder() {
        return new ExpressGatewayServiceNetworkConfigurationBuilder().from(this);
    }
}
