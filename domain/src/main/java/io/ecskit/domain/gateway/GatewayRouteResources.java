package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The service-specific infrastructure that a gateway manages for a route, keyed by gateway type. Source: ECS API reference (GatewayRouteResources).
 *
 * @param hostSharedAlb The Application Load Balancer resources for a host-based, shared ALB gateway.
 */
@Value.Builder
public record GatewayRouteResources(
        List<GatewayRouteAlbResources> hostSharedAlb) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayRouteResourcesBuilder builder() {
        return new GatewayRouteResourcesBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayRouteResourcesBuilder toBuilder() {
        return new GatewayRouteResourcesBuilder().from(this);
    }
}
