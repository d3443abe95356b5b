package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Members;
import io.ecskit.domain.arn.Arns;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.gateway.DescribeGatewayAlbConfiguration;
import io.ecskit.domain.gateway.DescribeGatewayConfiguration;
import io.ecskit.domain.gateway.Gateway;
import io.ecskit.domain.gateway.GatewayAlbDesyncMitigationMode;
import io.ecskit.domain.gateway.GatewayAlbProtocol;
import io.ecskit.domain.gateway.GatewayChange;
import io.ecskit.domain.gateway.GatewayClusterAssociationStatus;
import io.ecskit.domain.gateway.GatewayClusterAssociationSummary;
import io.ecskit.domain.gateway.GatewayElbIpAddressType;
import io.ecskit.domain.gateway.GatewayElbNetworkConfiguration;
import io.ecskit.domain.gateway.GatewayElbScheme;
import io.ecskit.domain.gateway.GatewayInfrastructureResources;
import io.ecskit.domain.gateway.GatewayResources;
import io.ecskit.domain.gateway.GatewayRoute;
import io.ecskit.domain.gateway.GatewayRouteSummary;
import io.ecskit.domain.gateway.GatewaySpec;
import io.ecskit.domain.gateway.GatewayStatus;
import io.ecskit.domain.gateway.GatewaySummary;
import io.ecskit.domain.gateway.GatewayUpdate;
import io.ecskit.domain.gateway.HostSharedAlbConfiguration;
import io.ecskit.domain.gateway.PropagateGatewayTags;
import io.ecskit.domain.service.AccessType;
import io.ecskit.port.out.GatewayPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.LinkedHashSet;

/**
 * Gateways as ECS keeps them: stored with ECS's defaults, associated with clusters, updated on the clock
 * (UPDATE_IN_PROGRESS, then UPDATE_COMPLETE once a simulated second passed). ecskit creates no gateway routes (no
 * service reaches a gateway here yet), so a gateway has no load balancers and no routes, as on AWS before a service
 * uses it.
 */
final class InMemoryGateways implements GatewayPort {

    /** At most 5 gateways per cluster (rule gatewaysPerCluster). */
    static final int MAX_GATEWAYS_PER_CLUSTER = 5;

    private final InMemoryState state;

    @Inject
    InMemoryGateways(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, GatewayChange> create(GatewaySpec spec) {
        return state.call("CreateGateway", () -> {
            Option<String> earlier = spec.clientToken().flatMap(t -> Option.of(state.gatewayTokens.get(t)));
            if (earlier.isDefined() && state.gateways.containsKey(earlier.get())) {
                return Either.right(change(now(state.gateways.get(earlier.get()))));
            }
            if (state.gateways.containsKey(spec.name())) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_NAME_TAKEN, spec.name()));
            }
            if (spec.configuration().hostSharedAlb().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_CONFIGURATION_ONE_TYPE));
            }
            HostSharedAlbConfiguration alb = spec.configuration().hostSharedAlb().get();
            if (alb.port().exists(p -> p != 443)) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_LISTENER, "port", alb.port().get()));
            }
            if (alb.protocol().exists(p -> p != GatewayAlbProtocol.HTTPS)) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_LISTENER, "protocol", alb.protocol().get().wire()));
            }
            GatewayElbScheme scheme = alb.scheme().getOrElse(GatewayElbScheme.INTERNET_FACING);
            DescribeGatewayAlbConfiguration described = Members.copy(alb, DescribeGatewayAlbConfiguration.class).toBuilder()
                    .scheme(scheme)
                    .port(443)
                    .protocol(GatewayAlbProtocol.HTTPS)
                    .maxAlbCount(alb.maxAlbCount().getOrElse(10))
                    .currentAlbCount(0)
                    .httpDesync(alb.httpDesync().getOrElse(GatewayAlbDesyncMitigationMode.DEFENSIVE))
                    .networkConfiguration(alb.networkConfiguration().orElse(Option.of(GatewayElbNetworkConfiguration.builder().build()))
                            .map(n -> n.toBuilder().ipAddressType(n.ipAddressType().getOrElse(GatewayElbIpAddressType.DUALSTACK)).build()))
                    .build();
            Instant now = state.now();
            Gateway gateway = Gateway.builder()
                    .gatewayArn(arn(spec.name()))
                    .name(spec.name())
                    .status(GatewayStatus.ACTIVE)
                    .infrastructureRoleArn(spec.infrastructureRoleArn())
                    .deletionProtection(spec.deletionProtection().getOrElse(true))
                    .configuration(DescribeGatewayConfiguration.builder().hostSharedAlb(described).build())
                    .accessType(scheme == GatewayElbScheme.INTERNAL ? AccessType.PRIVATE : AccessType.PUBLIC)
                    .propagateTags(spec.propagateTags().getOrElse(PropagateGatewayTags.GATEWAY))
                    .tags(spec.tags())
                    .createdAt(now)
                    .updatedAt(now)
                    .build();
            state.gateways.put(spec.name(), gateway);
            spec.clientToken().forEach(t -> state.gatewayTokens.put(t, spec.name()));
            return Either.right(change(gateway));
        });
    }

    @Override
    public Either<EcsError, GatewayChange> update(GatewayUpdate update) {
        return state.call("UpdateGateway", () -> find(update.gateway()).flatMap(found -> {
            Gateway gateway = now(found);
            if (update.configuration().exists(c -> c.hostSharedAlb().isEmpty())) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_CONFIGURATION_ONE_TYPE));
            }
            DescribeGatewayAlbConfiguration alb = gateway.configuration().flatMap(c -> c.hostSharedAlb()).get();
            DescribeGatewayAlbConfiguration changed = update.configuration().flatMap(c -> c.hostSharedAlb()).map(u -> alb.toBuilder()
                    .maxAlbCount(u.maxAlbCount().orElse(alb.maxAlbCount()))
                    .webACLArn(u.webACLArn().orElse(alb.webACLArn()))
                    .accessLogs(u.accessLogs().orElse(alb.accessLogs()))
                    .httpDesync(u.httpDesync().orElse(alb.httpDesync()))
                    .testTrafficRules(u.testTrafficRules().orElse(alb.testTrafficRules()))
                    .networkConfiguration(u.networkConfiguration().flatMap(n -> n.inboundSecurityGroup())
                            .map(group -> alb.networkConfiguration().getOrElse(GatewayElbNetworkConfiguration.builder().build()).toBuilder()
                                    .inboundSecurityGroup(group).build())
                            .orElse(alb.networkConfiguration()))
                    .build()).getOrElse(alb);
            Gateway updated = gateway.toBuilder()
                    .status(GatewayStatus.UPDATE_IN_PROGRESS)
                    .infrastructureRoleArn(update.infrastructureRoleArn().orElse(gateway.infrastructureRoleArn()))
                    .deletionProtection(update.deletionProtection().orElse(gateway.deletionProtection()))
                    .propagateTags(update.propagateTags().orElse(gateway.propagateTags()))
                    .configuration(DescribeGatewayConfiguration.builder().hostSharedAlb(changed).build())
                    .updatedAt(state.now())
                    .build();
            state.gateways.put(updated.name().get(), updated);
            return Either.right(change(updated));
        }));
    }

    @Override
    public Either<EcsError, GatewayChange> delete(String gateway) {
        return state.call("DeleteGateway", () -> find(gateway).flatMap(found -> {
            String name = found.name().get();
            if (found.deletionProtection().getOrElse(true)) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_DELETION_PROTECTION, gateway));
            }
            if (!state.gatewayClusters.getOrDefault(name, java.util.Set.of()).isEmpty()) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_STILL_ASSOCIATED, gateway));
            }
            state.gateways.remove(name);
            state.gatewayClusters.remove(name);
            return Either.right(change(found.toBuilder().status(GatewayStatus.DELETED).build()));
        }));
    }

    @Override
    public Either<EcsError, Gateway> describe(String gateway) {
        return state.call("DescribeGateway", () -> find(gateway).map(this::now));
    }

    @Override
    public Either<EcsError, Seq<GatewaySummary>> list(Seq<String> names, Seq<GatewayStatus> statuses) {
        return state.call("ListGateways", () -> Either.right(List.ofAll(state.gateways.values()).map(this::now)
                .filter(g -> names.isEmpty() || names.exists(n -> n.equals(g.name().get()) || n.equals(g.gatewayArn().get())))
                .filter(g -> statuses.isEmpty() || statuses.contains(g.status().get()))
                .map(g -> GatewaySummary.builder().gatewayArn(g.gatewayArn()).name(g.name()).status(g.status()).createdAt(g.createdAt()).build())));
    }

    @Override
    public Either<EcsError, GatewayClusterAssociationSummary> associate(String gateway, String cluster) {
        return state.call("AssociateGatewayWithCluster", () -> find(gateway).flatMap(g -> cluster(cluster).flatMap(c -> {
            java.util.Set<String> clusters = state.gatewayClusters.computeIfAbsent(g.name().get(), n -> new LinkedHashSet<>());
            if (!clusters.contains(c.value())) {
                long onCluster = state.gatewayClusters.values().stream().filter(s -> s.contains(c.value())).count();
                if (onCluster >= MAX_GATEWAYS_PER_CLUSTER) {
                    return Either.left(EcsError.of(EcsRule.GATEWAYS_PER_CLUSTER));
                }
                clusters.add(c.value());
            }
            return Either.right(association(g, c, GatewayClusterAssociationStatus.ACTIVE));
        })));
    }

    @Override
    public Either<EcsError, GatewayClusterAssociationSummary> disassociate(String gateway, String cluster) {
        return state.call("DisassociateGatewayFromCluster", () -> find(gateway).flatMap(g -> cluster(cluster).flatMap(c -> {
            java.util.Set<String> clusters = state.gatewayClusters.getOrDefault(g.name().get(), java.util.Set.of());
            if (!clusters.contains(c.value())) {
                return Either.left(EcsError.of(EcsRule.GATEWAY_ASSOCIATION_FOUND, gateway, cluster));
            }
            // no route of the cluster goes through it (ecskit creates none): the association goes at once
            clusters.remove(c.value());
            return Either.right(association(g, c, GatewayClusterAssociationStatus.DISASSOCIATING));
        })));
    }

    @Override
    public Either<EcsError, Seq<GatewayClusterAssociationSummary>> associations(Option<String> gateway, Option<String> cluster,
                                                                                 Seq<GatewayClusterAssociationStatus> statuses) {
        return state.call("ListGatewayClusterAssociations", () -> {
            Either<EcsError, Option<String>> clusterName = cluster.isEmpty() ? Either.right(Option.none())
                    : ClusterName.parse(cluster.get()).<EcsError>mapLeft(Errors::of).map(c -> Option.of(c.value()));
            return clusterName.map(only -> List.ofAll(state.gateways.values())
                    .filter(g -> gateway.forAll(ref -> ref.equals(g.name().get()) || ref.equals(g.gatewayArn().get())))
                    .flatMap(g -> List.ofAll(state.gatewayClusters.getOrDefault(g.name().get(), java.util.Set.of()))
                            .filter(c -> only.forAll(c::equals))
                            .map(c -> association(g, new ClusterName(c), GatewayClusterAssociationStatus.ACTIVE)))
                    .filter(a -> statuses.isEmpty() || a.status().exists(statuses::contains)));
        });
    }

    @Override
    public Either<EcsError, GatewayResources> resources(String gateway) {
        return state.call("DescribeGatewayResources", () -> find(gateway).map(g -> GatewayResources.builder().gatewayArn(g.gatewayArn())
                .resources(GatewayInfrastructureResources.builder().build()).build()));
    }

    @Override
    public Either<EcsError, GatewayRoute> route(String gatewayRouteArn) {
        return state.call("DescribeGatewayRoute", () -> Either.left(EcsError.of(EcsRule.GATEWAY_ROUTE_FOUND, gatewayRouteArn)));
    }

    @Override
    public Either<EcsError, Seq<GatewayRouteSummary>> routes(Option<String> gateway, Option<String> cluster, Option<String> service) {
        return state.call("ListGatewayRoutes", () -> gateway.isEmpty() ? Either.right(List.empty())
                : find(gateway.get()).map(g -> List.empty()));
    }

    /** A gateway by name or ARN. */
    private Either<EcsError, Gateway> find(String ref) {
        String name = ref.startsWith("arn:") && ref.contains(":gateway/") ? ref.substring(ref.indexOf(":gateway/") + ":gateway/".length()) : ref;
        Gateway gateway = state.gateways.get(name);
        boolean sameArn = gateway != null && (!ref.startsWith("arn:") || ref.equals(gateway.gatewayArn().get()));
        return sameArn ? Either.right(gateway) : Either.left(EcsError.of(EcsRule.GATEWAY_FOUND, ref));
    }

    /** An update finishes a simulated second after it was asked for: DescribeGateway then answers UPDATE_COMPLETE. */
    private Gateway now(Gateway gateway) {
        boolean finished = gateway.status().contains(GatewayStatus.UPDATE_IN_PROGRESS) && gateway.updatedAt().exists(at -> at.isBefore(state.now()));
        return finished ? gateway.toBuilder().status(GatewayStatus.UPDATE_COMPLETE).build() : gateway;
    }

    private Either<EcsError, ClusterName> cluster(String ref) {
        return ClusterName.parse(ref).<EcsError>mapLeft(Errors::of).flatMap(c -> InMemoryClusters.active(state, c).map(ok -> c));
    }

    private GatewayClusterAssociationSummary association(Gateway g, ClusterName cluster, GatewayClusterAssociationStatus status) {
        return GatewayClusterAssociationSummary.builder().gatewayArn(g.gatewayArn())
                .clusterArn(new ClusterArn(state.region, state.account, cluster).toString()).status(status).build();
    }

    private static GatewayChange change(Gateway g) {
        return GatewayChange.builder().gatewayArn(g.gatewayArn()).name(g.name()).status(g.status()).build();
    }

    private String arn(String name) {
        return Arns.format("ecs", state.region, state.account, "gateway/" + name);
    }
}
