package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A summary of an association between a gateway and a cluster. Source: ECS API reference (GatewayClusterAssociationSummary).
 *
 * @param gatewayArn The Amazon Resource Name (ARN) of the gateway.
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster.
 * @param status The status of the association.
 */
@Value.Builder
public record GatewayClusterAssociationSummary(
        Option<String> gatewayArn,
        Option<String> clusterArn,
        Option<GatewayClusterAssociationStatus> status) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayClusterAssociationSummaryBuilder builder() {
        return new GatewayClusterAssociationSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayClusterAssociationSummaryBuilder toBuilder() {
        return new GatewayClusterAssociationSummaryBuilder().from(this);
    }
}
