package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The mutable configuration fields for a gateway that uses shared Application Load Balancers. Source: ECS API reference (UpdateGatewayAlbConfiguration).
 *
 * @param networkConfiguration The mutable network configuration for the load balancers that the gateway manages.
 * @param maxAlbCount The maximum number of Application Load Balancers that the gateway manages.
 * @param webACLArn The Amazon Resource Name (ARN) of the WAF web ACL to associate with the load balancers that the gateway manages.
 * @param accessLogs The access log configuration for the load balancers that the gateway manages.
 * @param httpDesync The desync mitigation mode for the load balancers that the gateway manages.
 * @param testTrafficRules The rules that route test traffic for progressive deployments.
 */
@Value.Builder
public record UpdateGatewayAlbConfiguration(
        Option<UpdateGatewayNetworkConfiguration> networkConfiguration,
        Option<Integer> maxAlbCount,
        Option<String> webACLArn,
        Option<GatewayElbAccessLogConfiguration> accessLogs,
        Option<GatewayAlbDesyncMitigationMode> httpDesync,
        Option<GatewayAlbTestTrafficRules> testTrafficRules) {

    /** A builder with every optional component absent and every list empty. */
    public static UpdateGatewayAlbConfigurationBuilder builder() {
        return new UpdateGatewayAlbConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public UpdateGatewayAlbConfigurationBuilder toBuilder() {
        return new UpdateGatewayAlbConfigurationBuilder().from(this);
    }
}
