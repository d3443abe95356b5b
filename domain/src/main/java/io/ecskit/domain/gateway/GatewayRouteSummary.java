package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A summary of a gateway route that is returned by the ListGatewayRoutes operation. Source: ECS API reference (GatewayRouteSummary).
 *
 * @param gatewayRouteArn The Amazon Resource Name (ARN) of the gateway route.
 * @param gatewayArn The Amazon Resource Name (ARN) of the gateway.
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster.
 * @param serviceArn The Amazon Resource Name (ARN) of the service.
 * @param serviceContainerPortName The task definition container port name that the route targets on the service.
 * @param status The status of the gateway route.
 */
@Value.Builder
public record GatewayRouteSummary(
        Option<String> gatewayRouteArn,
        Option<String> gatewayArn,
        Option<String> clusterArn,
        Option<String> serviceArn,
        Option<String> serviceContainerPortName,
        Option<GatewayRouteStatus> status) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayRouteSummaryBuilder builder() {
        return new GatewayRouteSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayRouteSummaryBuilder toBuilder() {
        return new GatewayRouteSummaryBuilder().from(this);
    }
}
