package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.gateway.GatewayChange;
import io.ecskit.domain.gateway.GatewayClusterAssociationStatus;
import io.ecskit.domain.gateway.GatewaySpec;
import io.ecskit.domain.gateway.GatewayStatus;
import io.ecskit.domain.gateway.GatewayUpdate;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.AssociateGatewayWithClusterRequest;
import software.amazon.awssdk.services.ecs.model.AssociateGatewayWithClusterResponse;
import software.amazon.awssdk.services.ecs.model.CreateGatewayRequest;
import software.amazon.awssdk.services.ecs.model.CreateGatewayResponse;
import software.amazon.awssdk.services.ecs.model.DeleteGatewayRequest;
import software.amazon.awssdk.services.ecs.model.DeleteGatewayResponse;
import software.amazon.awssdk.services.ecs.model.DescribeGatewayRequest;
import software.amazon.awssdk.services.ecs.model.DescribeGatewayResourcesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeGatewayResourcesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeGatewayResponse;
import software.amazon.awssdk.services.ecs.model.DescribeGatewayRouteRequest;
import software.amazon.awssdk.services.ecs.model.DescribeGatewayRouteResponse;
import software.amazon.awssdk.services.ecs.model.DisassociateGatewayFromClusterRequest;
import software.amazon.awssdk.services.ecs.model.DisassociateGatewayFromClusterResponse;
import software.amazon.awssdk.services.ecs.model.GatewayClusterAssociationSummary;
import software.amazon.awssdk.services.ecs.model.GatewayRouteSummary;
import software.amazon.awssdk.services.ecs.model.GatewaySummary;
import software.amazon.awssdk.services.ecs.model.ListGatewayClusterAssociationsRequest;
import software.amazon.awssdk.services.ecs.model.ListGatewayClusterAssociationsResponse;
import software.amazon.awssdk.services.ecs.model.ListGatewayRoutesRequest;
import software.amazon.awssdk.services.ecs.model.ListGatewayRoutesResponse;
import software.amazon.awssdk.services.ecs.model.ListGatewaysRequest;
import software.amazon.awssdk.services.ecs.model.ListGatewaysResponse;
import software.amazon.awssdk.services.ecs.model.UpdateGatewayRequest;
import software.amazon.awssdk.services.ecs.model.UpdateGatewayResponse;

import java.util.Map;
import java.util.Set;

/** ECS's gateway operations on GatewayPort; the List calls page as ECS does (100 a page; DescribeGatewayResources 10, at most 20). */
final class EcsGatewayOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsGatewayOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "CreateGateway", (kit, body) -> {
            CreateGatewayRequest r = Wire.read(body, CreateGatewayRequest::builder, "CreateGateway", Set.of());
            EcsOperations.required(r.name(), "name");
            EcsOperations.required(r.infrastructureRoleArn(), "infrastructureRoleArn");
            if (r.configuration() == null) {
                throw Wire.missing("configuration");
            }
            GatewaySpec spec = Wire.domain(SdkMapping.toDomain(r, GatewaySpec.class));
            return Answer.of(kit.api().gateways().create(spec).map(c -> CreateGatewayResponse.builder().gatewayArn(c.gatewayArn().getOrNull())
                    .name(c.name().getOrNull()).status(status(c)).build()));
        });
        operations.put(PREFIX + "UpdateGateway", (kit, body) -> {
            UpdateGatewayRequest r = Wire.read(body, UpdateGatewayRequest::builder, "UpdateGateway", Set.of());
            EcsOperations.required(r.gateway(), "gateway");
            GatewayUpdate update = Wire.domain(SdkMapping.toDomain(r, GatewayUpdate.class));
            return Answer.of(kit.api().gateways().update(update).map(c -> UpdateGatewayResponse.builder().gatewayArn(c.gatewayArn().getOrNull())
                    .name(c.name().getOrNull()).status(status(c)).build()));
        });
        operations.put(PREFIX + "DeleteGateway", (kit, body) -> {
            DeleteGatewayRequest r = Wire.read(body, DeleteGatewayRequest::builder, "DeleteGateway", Set.of());
            return Answer.of(kit.api().gateways().delete(EcsOperations.required(r.gateway(), "gateway")).map(c -> DeleteGatewayResponse
                    .builder().gatewayArn(c.gatewayArn().getOrNull()).name(c.name().getOrNull()).status(status(c)).build()));
        });
        operations.put(PREFIX + "DescribeGateway", (kit, body) -> {
            DescribeGatewayRequest r = Wire.read(body, DescribeGatewayRequest::builder, "DescribeGateway", Set.of());
            return Answer.of(kit.api().gateways().describe(EcsOperations.required(r.gateway(), "gateway")).map(g -> DescribeGatewayResponse
                    .builder().gateway(SdkMapping.toSdk(g, software.amazon.awssdk.services.ecs.model.Gateway.class)).build()));
        });
        operations.put(PREFIX + "ListGateways", (kit, body) -> {
            ListGatewaysRequest r = Wire.read(body, ListGatewaysRequest::builder, "ListGateways", Set.of());
            Pages.Request page = Pages.request("ListGateways", r.maxResults(), r.nextToken(), 100, 100);
            List<GatewayStatus> statuses = List.ofAll(r.statusAsStrings()).map(s -> WireValue.parse(GatewayStatus.class, s).get());
            return Answer.of(kit.api().gateways().list(List.ofAll(r.names()), statuses).map(all -> page.of(all))
                    .map(p -> ListGatewaysResponse.builder().gateways(p.items().map(g -> SdkMapping.toSdk(g, GatewaySummary.class)).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "AssociateGatewayWithCluster", (kit, body) -> {
            AssociateGatewayWithClusterRequest r = Wire.read(body, AssociateGatewayWithClusterRequest::builder, "AssociateGatewayWithCluster", Set.of());
            return Answer.of(kit.api().gateways().associate(EcsOperations.required(r.gateway(), "gateway"), EcsOperations.required(r.cluster(), "cluster"))
                    .map(a -> AssociateGatewayWithClusterResponse.builder().gatewayArn(a.gatewayArn().getOrNull()).clusterArn(a.clusterArn().getOrNull())
                            .status(a.status().map(WireValue::wire).getOrNull()).build()));
        });
        operations.put(PREFIX + "DisassociateGatewayFromCluster", (kit, body) -> {
            DisassociateGatewayFromClusterRequest r = Wire.read(body, DisassociateGatewayFromClusterRequest::builder,
                    "DisassociateGatewayFromCluster", Set.of());
            return Answer.of(kit.api().gateways().disassociate(EcsOperations.required(r.gateway(), "gateway"),
                            EcsOperations.required(r.cluster(), "cluster"))
                    .map(a -> DisassociateGatewayFromClusterResponse.builder().gatewayArn(a.gatewayArn().getOrNull())
                            .clusterArn(a.clusterArn().getOrNull()).status(a.status().map(WireValue::wire).getOrNull()).build()));
        });
        operations.put(PREFIX + "ListGatewayClusterAssociations", (kit, body) -> {
            ListGatewayClusterAssociationsRequest r = Wire.read(body, ListGatewayClusterAssociationsRequest::builder,
                    "ListGatewayClusterAssociations", Set.of());
            Pages.Request page = Pages.request("ListGatewayClusterAssociations", r.maxResults(), r.nextToken(), 100, 100);
            List<GatewayClusterAssociationStatus> statuses = List.ofAll(r.statusAsStrings())
                    .map(s -> WireValue.parse(GatewayClusterAssociationStatus.class, s).get());
            return Answer.of(kit.api().gateways().associations(Option.of(r.gateway()), Option.of(r.cluster()), statuses).map(all -> page.of(all))
                    .map(p -> ListGatewayClusterAssociationsResponse.builder().gatewayClusterAssociations(p.items()
                            .map(a -> SdkMapping.toSdk(a, GatewayClusterAssociationSummary.class)).asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DescribeGatewayResources", (kit, body) -> {
            DescribeGatewayResourcesRequest r = Wire.read(body, DescribeGatewayResourcesRequest::builder, "DescribeGatewayResources", Set.of());
            Pages.Request page = Pages.request("DescribeGatewayResources", r.maxResults(), r.nextToken(), 10, 20);
            return Answer.of(kit.api().gateways().resources(EcsOperations.required(r.gateway(), "gateway")).map(res -> {
                var albs = page.of(res.resources().map(x -> x.hostSharedAlb()).getOrElse(List.empty()));
                var paged = res.toBuilder().resources(res.resources().map(x -> x.toBuilder().hostSharedAlb(albs.items().toList()).build())).build();
                return DescribeGatewayResourcesResponse.builder().gatewayResources(SdkMapping.toSdk(paged,
                        software.amazon.awssdk.services.ecs.model.GatewayResources.class)).nextToken(albs.nextToken().getOrNull()).build();
            }));
        });
        operations.put(PREFIX + "DescribeGatewayRoute", (kit, body) -> {
            DescribeGatewayRouteRequest r = Wire.read(body, DescribeGatewayRouteRequest::builder, "DescribeGatewayRoute", Set.of());
            return Answer.of(kit.api().gateways().route(EcsOperations.required(r.gatewayRouteArn(), "gatewayRouteArn"))
                    .map(g -> DescribeGatewayRouteResponse.builder().gatewayRoute(SdkMapping.toSdk(g,
                            software.amazon.awssdk.services.ecs.model.GatewayRoute.class)).build()));
        });
        operations.put(PREFIX + "ListGatewayRoutes", (kit, body) -> {
            ListGatewayRoutesRequest r = Wire.read(body, ListGatewayRoutesRequest::builder, "ListGatewayRoutes",
                    Set.of("gateway", "cluster", "service", "maxResults", "nextToken"));
            Pages.Request page = Pages.request("ListGatewayRoutes", r.maxResults(), r.nextToken(), 100, 100);
            return Answer.of(kit.api().gateways().routes(Option.of(r.gateway()), Option.of(r.cluster()), Option.of(r.service()))
                    .map(all -> page.of(all)).map(p -> ListGatewayRoutesResponse.builder().gatewayRoutes(p.items()
                            .map(g -> SdkMapping.toSdk(g, GatewayRouteSummary.class)).asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
    }

    private static String status(GatewayChange change) {
        return change.status().map(WireValue::wire).getOrNull();
    }
}
