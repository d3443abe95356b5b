package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The gateway-managed infrastructure in a DescribeGatewayResources response, as a union keyed by gateway type. Source: ECS API reference (GatewayInfrastructureResources).
 *
 * @param hostSharedAlb The Application Load Balancer resource groups for a host-based, shared ALB gateway.
 */
@Value.Builder
public record GatewayInfrastructureResources(
        List<ElbGatewayResources> hostSharedAlb) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayInfrastructureResourcesBuilder builder() {
        return new GatewayInfrastructureResourcesBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayInfrastructureResourcesBuilder toBuilder() {
        return new GatewayInfrastructureResourcesBuilder().from(this);
    }
}
