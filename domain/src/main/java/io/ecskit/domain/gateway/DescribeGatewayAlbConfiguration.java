package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The configuration for a gateway that uses shared Application Load Balancers, as returned by DescribeGateway . Source: ECS API reference (DescribeGatewayAlbConfiguration).
 *
 * @param networkConfiguration The network configuration for the load balancers that the gateway manages.
 * @param scheme Specifies whether the load balancers the gateway manages are internet-facing or internal .
 * @param accessLogs The access log configuration for the load balancers that the gateway manages.
 * @param webACLArn The Amazon Resource Name (ARN) of the WAF web ACL associated with the load balancers that the gateway manages.
 * @param port The port that the load balancer listener uses is 443.
 * @param protocol The protocol for the load balancer listener is HTTPS .
 * @param maxAlbCount The maximum number of Application Load Balancers that the gateway manages.
 * @param currentAlbCount The current number of Application Load Balancers that the gateway has allocated.
 * @param httpDesync The desync mitigation mode for the load balancers that the gateway manages.
 * @param testTrafficRules The rules that route test traffic for progressive deployments.
 */
@Value.Builder
public record DescribeGatewayAlbConfiguration(
        Option<GatewayElbNetworkConfiguration> networkConfiguration,
        Option<GatewayElbScheme> scheme,
        Option<GatewayElbAccessLogConfiguration> accessLogs,
        Option<String> webACLArn,
        Option<Integer> port,
        Option<GatewayAlbProtocol> protocol,
        Option<Integer> maxAlbCount,
        Option<Integer> currentAlbCount,
        Option<GatewayAlbDesyncMitigationMode> httpDesync,
        Option<GatewayAlbTestTrafficRules> testTrafficRules) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeGatewayAlbConfigurationBuilder builder() {
        return new DescribeGatewayAlbConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeGatewayAlbConfigurationBuilder toBuilder() {
        return new DescribeGatewayAlbConfigurationBuilder().from(this);
    }
}
