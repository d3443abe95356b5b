package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A gateway connector exposing a named port of a service.
 *
 * @param portName Port mapping name exposed through the gateway.
 * @param healthCheck Health check the gateway performs.
 * @param filters Which access types the connector serves.
 */
@Value.Builder
public record GatewayConnector(
        Option<String> portName,
        Option<GatewayConnectorHealthCheck> healthCheck,
        Option<GatewayConnectorFilters> filters) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayConnectorBuilder builder() {
        return new GatewayConnectorBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayConnectorBuilder toBuilder() {
        return new GatewayConnectorBuilder().from(this);
    }
}
