package io.ecskit.adapter.aws;

import io.ecskit.domain.WireValue;
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
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.GatewayPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.CreateGatewayRequest;
import software.amazon.awssdk.services.ecs.model.UpdateGatewayRequest;


/** Gateways through ECS's eleven gateway operations (pages read to the end). */
final class AwsGateways implements GatewayPort {

    private final AwsClients aws;

    @Inject
    AwsGateways(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, GatewayChange> create(GatewaySpec spec) {
        return aws.call(() -> aws.ecs.createGateway(SdkMapping.toSdk(spec, CreateGatewayRequest.class)))
                .map(r -> change(r.gatewayArn(), r.name(), r.statusAsString()));
    }

    @Override
    public Either<EcsError, GatewayChange> update(GatewayUpdate update) {
        return aws.call(() -> aws.ecs.updateGateway(SdkMapping.toSdk(update, UpdateGatewayRequest.class)))
                .map(r -> change(r.gatewayArn(), r.name(), r.statusAsString()));
    }

    @Override
    public Either<EcsError, GatewayChange> delete(String gateway) {
        return aws.call(() -> aws.ecs.deleteGateway(r -> r.gateway(gateway))).map(r -> change(r.gatewayArn(), r.name(), r.statusAsString()));
    }

    private static GatewayChange change(String arn, String name, String status) {
        return GatewayChange.builder().gatewayArn(Option.of(arn)).name(Option.of(name))
                .status(Option.of(status).flatMap(s -> WireValue.parse(GatewayStatus.class, s).toOption())).build();
    }

    @Override
    public Either<EcsError, Gateway> describe(String gateway) {
        return aws.call(() -> aws.ecs.describeGateway(r -> r.gateway(gateway)).gateway()).map(g -> SdkMapping.fromAws(g, Gateway.class));
    }

    @Override
    public Either<EcsError, Seq<GatewaySummary>> list(Seq<String> names, Seq<GatewayStatus> statuses) {
        return aws.call(() -> Paging.all(token -> aws.ecs.listGateways(r -> r.names(names.isEmpty() ? null : names.asJava())
                        .statusWithStrings(statuses.isEmpty() ? null : statuses.map(WireValue::wire).asJava()).nextToken(token)),
                p -> List.ofAll(p.gateways()).map(g -> SdkMapping.fromAws(g, GatewaySummary.class)), p -> p.nextToken()));
    }

    @Override
    public Either<EcsError, GatewayClusterAssociationSummary> associate(String gateway, String cluster) {
        return aws.call(() -> aws.ecs.associateGatewayWithCluster(r -> r.gateway(gateway).cluster(cluster)))
                .map(r -> association(r.gatewayArn(), r.clusterArn(), r.statusAsString()));
    }

    @Override
    public Either<EcsError, GatewayClusterAssociationSummary> disassociate(String gateway, String cluster) {
        return aws.call(() -> aws.ecs.disassociateGatewayFromCluster(r -> r.gateway(gateway).cluster(cluster)))
                .map(r -> association(r.gatewayArn(), r.clusterArn(), r.statusAsString()));
    }

    private static GatewayClusterAssociationSummary association(String gateway, String cluster, String status) {
        return GatewayClusterAssociationSummary.builder().gatewayArn(Option.of(gateway)).clusterArn(Option.of(cluster))
                .status(Option.of(status).flatMap(s -> WireValue.parse(GatewayClusterAssociationStatus.class, s).toOption())).build();
    }

    @Override
    public Either<EcsError, Seq<GatewayClusterAssociationSummary>> associations(Option<String> gateway, Option<String> cluster,
                                                                                 Seq<GatewayClusterAssociationStatus> statuses) {
        return aws.call(() -> Paging.all(token -> aws.ecs.listGatewayClusterAssociations(r -> r.gateway(gateway.getOrNull())
                        .cluster(cluster.getOrNull()).statusWithStrings(statuses.isEmpty() ? null : statuses.map(WireValue::wire).asJava())
                        .nextToken(token)),
                p -> List.ofAll(p.gatewayClusterAssociations()).map(a -> SdkMapping.fromAws(a, GatewayClusterAssociationSummary.class)),
                p -> p.nextToken()));
    }

    @Override
    public Either<EcsError, GatewayResources> resources(String gateway) {
        return aws.call(() -> {
            GatewayResources all = null;
            String token = null;
            do {
                String next = token;
                var page = aws.ecs.describeGatewayResources(r -> r.gateway(gateway).nextToken(next));
                GatewayResources part = SdkMapping.fromAws(page.gatewayResources(), GatewayResources.class);
                all = all == null ? part : all.toBuilder().resources(all.resources().map(r -> r.toBuilder()
                        .hostSharedAlb(r.hostSharedAlb().appendAll(part.resources().map(p -> p.hostSharedAlb()).getOrElse(List.empty())))
                        .build())).build();
                token = page.nextToken();
            } while (token != null);
            return all;
        });
    }

    @Override
    public Either<EcsError, GatewayRoute> route(String gatewayRouteArn) {
        return aws.call(() -> aws.ecs.describeGatewayRoute(r -> r.gatewayRouteArn(gatewayRouteArn)).gatewayRoute())
                .map(r -> SdkMapping.fromAws(r, GatewayRoute.class));
    }

    @Override
    public Either<EcsError, Seq<GatewayRouteSummary>> routes(Option<String> gateway, Option<String> cluster, Option<String> service) {
        return aws.call(() -> Paging.all(token -> aws.ecs.listGatewayRoutes(r -> r.gateway(gateway.getOrNull()).cluster(cluster.getOrNull())
                        .service(service.getOrNull()).nextToken(token)),
                p -> List.ofAll(p.gatewayRoutes()).map(g -> SdkMapping.fromAws(g, GatewayRouteSummary.class)), p -> p.nextToken()));
    }
}
