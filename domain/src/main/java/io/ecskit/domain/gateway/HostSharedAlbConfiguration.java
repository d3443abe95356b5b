package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The configuration for a gateway that uses shared Application Load Balancers with host-based routing. Source: ECS API reference (HostSharedAlbConfiguration).
 *
 * @param networkConfiguration The network configuration for the load balancers that the gateway manages.
 * @param scheme Specifies whether the load balancers the gateway manages are internet-facing or internal .
 * @param webACLArn The Amazon Resource Name (ARN) of the WAF web ACL to associate with the load balancers that the gateway manages.
 * @param accessLogs The access log configuration for the load balancers that the gateway manages.
 * @param port The port that the load balancer listener uses is 443.
 * @param protocol The protocol for the load balancer listener is HTTPS .
 * @param maxAlbCount The maximum number of Application Load Balancers that the gateway manages.
 * @param httpDesync The desync mitigation mode for the load balancers that the gateway manages, which determines how the load balancers handle requests that might pose a security risk.
 * @param testTrafficRules The rules that route test traffic for progressive deployments.
 */
@Value.Builder
public record HostSharedAlbConfiguration(
        Option<GatewayElbNetworkConfiguration> networkConfiguration,
        Option<GatewayElbScheme> scheme,
        Option<String> webACLArn,
        Option<GatewayElbAccessLogConfiguration> accessLogs,
        Option<Integer> port,
        Option<GatewayAlbProtocol> protocol,
        Option<Integer> maxAlbCount,
        Option<GatewayAlbDesyncMitigationMode> httpDesync,
        Option<GatewayAlbTestTrafficRules> testTrafficRules) {

    /** A builder with every optional component absent and every list empty. */
    public static HostSharedAlbConfigurationBuilder builder() {
        return new HostSharedAlbConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public HostSharedAlbConfigurationBuilder toBuilder() {
        return new HostSharedAlbConfigurationBuilder().from(this);
    }
}
