package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * DescribeGatewayResources returns the gateway-managed infrastructure, grouped by gateway type. Source: ECS API reference (GatewayResources).
 *
 * @param gatewayArn The Amazon Resource Name (ARN) of the gateway.
 * @param resources The infrastructure resources that the gateway manages.
 */
@Value.Builder
public record GatewayResources(
        Option<String> gatewayArn,
        Option<GatewayInfrastructureResources> resources) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayResourcesBuilder builder() {
        return new GatewayResourcesBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayResourcesBuilder toBuilder() {
        return new GatewayResourcesBuilder().from(this);
    }
}
