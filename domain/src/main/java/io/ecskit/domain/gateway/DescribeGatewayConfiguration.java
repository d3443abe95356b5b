package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The type-specific configuration for a gateway that is returned by DescribeGateway . Source: ECS API reference (DescribeGatewayConfiguration).
 *
 * @param hostSharedAlb The configuration for a host-based, shared Application Load Balancer gateway.
 */
@Value.Builder
public record DescribeGatewayConfiguration(
        Option<DescribeGatewayAlbConfiguration> hostSharedAlb) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeGatewayConfigurationBuilder builder() {
        return new DescribeGatewayConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeGatewayConfigurationBuilder toBuilder() {
        return new DescribeGatewayConfigurationBuilder().from(this);
    }
}
