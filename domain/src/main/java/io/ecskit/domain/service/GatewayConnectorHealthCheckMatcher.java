package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Response codes a gateway connector's health check accepts.
 *
 * @param httpCode HTTP codes, e.g. 200 or 200-299.
 * @param grpcCode gRPC codes, e.g. 0 or 0-99.
 */
@Value.Builder
public record GatewayConnectorHealthCheckMatcher(
        Option<String> httpCode,
        Option<String> grpcCode) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayConnectorHealthCheckMatcherBuilder builder() {
        return new GatewayConnectorHealthCheckMatcherBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayConnectorHealthCheckMatcherBuilder toBuilder() {
        return new GatewayConnectorHealthCheckMatcherBuilder().from(this);
    }
}
