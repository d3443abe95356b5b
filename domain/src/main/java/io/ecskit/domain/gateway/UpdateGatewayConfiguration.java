package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The type-specific configuration to change on a gateway. Source: ECS API reference (UpdateGatewayConfiguration).
 *
 * @param hostSharedAlb The mutable configuration for a host-based, shared Application Load Balancer gateway.
 */
@Value.Builder
public record UpdateGatewayConfiguration(
        Option<UpdateGatewayAlbConfiguration> hostSharedAlb) {

    /** A builder with every optional component absent and every list empty. */
    public static UpdateGatewayConfigurationBuilder builder() {
        return new UpdateGatewayConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public UpdateGatewayConfigurationBuilder toBuilder() {
        return new UpdateGatewayConfigurationBuilder().from(this);
    }
}
