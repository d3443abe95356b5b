package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The access log configuration for the load balancers that a gateway manages. Source: ECS API reference (GatewayElbAccessLogConfiguration).
 *
 * @param destination The destination where access logs are delivered.
 */
@Value.Builder
public record GatewayElbAccessLogConfiguration(
        Option<GatewayElbAccessLogDestination> destination) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayElbAccessLogConfigurationBuilder builder() {
        return new GatewayElbAccessLogConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayElbAccessLogConfigurationBuilder toBuilder() {
        return new GatewayElbAccessLogConfigurationBuilder().from(this);
    }
}
