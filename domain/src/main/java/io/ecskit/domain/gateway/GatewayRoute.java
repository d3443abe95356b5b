package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A gateway route, which represents the association between a service and a gateway and the service-specific infrastructure that the gateway manages for the service's revisions. Source: ECS API reference (GatewayRoute).
 *
 * @param gatewayRouteArn The Amazon Resource Name (ARN) of the gateway route.
 * @param serviceArn The Amazon Resource Name (ARN) of the service associated with the route.
 * @param serviceContainerPortName The task definition container port name that the route targets on the service.
 * @param status The status of the gateway route.
 * @param serviceUrl The URL for accessing the service, including the https:// scheme.
 * @param resources The service-specific infrastructure that the gateway manages for the route, keyed by gateway type.
 */
@Value.Builder
public record GatewayRoute(
        Option<String> gatewayRouteArn,
        Option<String> serviceArn,
        Option<String> serviceContainerPortName,
        Option<GatewayRouteStatus> status,
        Option<String> serviceUrl,
        Option<GatewayRouteResources> resources) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayRouteBuilder builder() {
        return new GatewayRouteBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayRouteBuilder toBuilder() {
        return new GatewayRouteBuilder().from(this);
    }
}
