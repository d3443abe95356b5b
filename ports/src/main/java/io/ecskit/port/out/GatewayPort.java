package io.ecskit.port.out;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.gateway.Gateway;
import io.ecskit.domain.gateway.GatewayChange;
import io.ecskit.domain.gateway.GatewayClusterAssociationStatus;
import io.ecskit.domain.gateway.GatewayClusterAssociationSummary;
import io.ecskit.domain.gateway.GatewayResources;
import io.ecskit.domain.gateway.GatewayRoute;
import io.ecskit.domain.gateway.GatewayRouteSummary;
import io.ecskit.domain.gateway.GatewaySpec;
import io.ecskit.domain.gateway.GatewayStatus;
import io.ecskit.domain.gateway.GatewaySummary;
import io.ecskit.domain.gateway.GatewayUpdate;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * ECS gateways of one account and Region: a shared Application Load Balancer ingress ECS manages, associated with at
 * most 5 gateways per cluster, whose routes ECS creates for services with gateway connectors. Gateways are named by
 * name or ARN ({@code arn:aws:ecs:<region>:<account>:gateway/<name>}). Errors as ECS answers them:
 * GatewayNotFoundException (rule gatewayFound), ClusterNotFoundException, ResourceNotFoundException (rules
 * gatewayAssociationFound, gatewayRouteFound), InvalidParameterException for the gateway rules in docs/ecs-rules.md.
 * Source: ECS API reference, the gateway operations.
 */
public interface GatewayPort {

    /** CreateGateway: ACTIVE, deletion protection on and tags propagated (GATEWAY) unless given, ECS's ALB defaults filled in. */
    Either<EcsError, GatewayChange> create(GatewaySpec spec);

    /** UpdateGateway: UPDATE_IN_PROGRESS, then UPDATE_COMPLETE. */
    Either<EcsError, GatewayChange> update(GatewayUpdate update);

    /** DeleteGateway: DELETED; refused while protected (rule gatewayDeletionProtection) or associated (rule gatewayStillAssociated). */
    Either<EcsError, GatewayChange> delete(String gateway);

    /** DescribeGateway. */
    Either<EcsError, Gateway> describe(String gateway);

    /** ListGateways, every page: those named (none: all) in the statuses given (none: all but DELETED). */
    Either<EcsError, Seq<GatewaySummary>> list(Seq<String> names, Seq<GatewayStatus> statuses);

    /** AssociateGatewayWithCluster: ACTIVE (asked again, the same association). */
    Either<EcsError, GatewayClusterAssociationSummary> associate(String gateway, String cluster);

    /** DisassociateGatewayFromCluster: DISASSOCIATING until the cluster's routes through it are gone (at once when there are none). */
    Either<EcsError, GatewayClusterAssociationSummary> disassociate(String gateway, String cluster);

    /** ListGatewayClusterAssociations, every page, filtered by gateway, cluster and status. */
    Either<EcsError, Seq<GatewayClusterAssociationSummary>> associations(Option<String> gateway, Option<String> cluster,
                                                                          Seq<GatewayClusterAssociationStatus> statuses);

    /** DescribeGatewayResources: the load balancers ECS created for the gateway (none until a service uses it). */
    Either<EcsError, GatewayResources> resources(String gateway);

    /** DescribeGatewayRoute. */
    Either<EcsError, GatewayRoute> route(String gatewayRouteArn);

    /** ListGatewayRoutes, every page, filtered by gateway, cluster and service. */
    Either<EcsError, Seq<GatewayRouteSummary>> routes(Option<String> gateway, Option<String> cluster, Option<String> service);
}
