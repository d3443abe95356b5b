package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The type-specific configuration for a gateway that you provide when you create it. Source: ECS API reference (GatewayConfiguration).
 *
 * @param hostSharedAlb The configuration for a host-based, shared Application Load Balancer gateway.
 */
@Value.Builder
public record GatewayConfiguration(
        Option<HostSharedAlbConfiguration> hostSharedAlb) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayConfigurationBuilder builder() {
        return new GatewayConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayConfigurationBuilder toBuilder() {
        return new GatewayConfigurationBuilder().from(this);
    }
}
