package io.ecskit.contract;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.gateway.Gateway;
import io.ecskit.domain.gateway.GatewayAlbDesyncMitigationMode;
import io.ecskit.domain.gateway.GatewayAlbProtocol;
import io.ecskit.domain.gateway.GatewayChange;
import io.ecskit.domain.gateway.GatewayClusterAssociationStatus;
import io.ecskit.domain.gateway.GatewayConfiguration;
import io.ecskit.domain.gateway.GatewayElbScheme;
import io.ecskit.domain.gateway.GatewaySpec;
import io.ecskit.domain.gateway.GatewayStatus;
import io.ecskit.domain.gateway.GatewayUpdate;
import io.ecskit.domain.gateway.HostSharedAlbConfiguration;
import io.ecskit.domain.gateway.PropagateGatewayTags;
import io.ecskit.domain.gateway.UpdateGatewayAlbConfiguration;
import io.ecskit.domain.gateway.UpdateGatewayConfiguration;
import io.ecskit.domain.service.AccessType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** GatewayPort: gateways, their cluster associations, resources and routes. Rules cited by their ids in docs/ecs-rules.md. */
public abstract class GatewayPortContract extends ContractTest {

    private static final String INFRASTRUCTURE_ROLE = "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForGateways";

    private ClusterName cluster;

    @BeforeEach
    void cluster() {
        requires(Capability.GATEWAYS);
        cluster = fixtures.cluster();
    }

    private GatewaySpec gateway(String name, boolean protectedFromDeletion) {
        return GatewaySpec.builder().name(name).infrastructureRoleArn(INFRASTRUCTURE_ROLE).deletionProtection(protectedFromDeletion)
                .configuration(GatewayConfiguration.builder().hostSharedAlb(HostSharedAlbConfiguration.builder().build()).build()).build();
    }

    @Test
    void createGateway_isActive_withEcsDefaults() {
        String name = fixtures.name("gw");

        GatewayChange created = right(kit.api().gateways().create(GatewaySpec.builder().name(name).infrastructureRoleArn(INFRASTRUCTURE_ROLE)
                .configuration(GatewayConfiguration.builder().hostSharedAlb(HostSharedAlbConfiguration.builder().build()).build()).build()));
        Gateway described = right(kit.api().gateways().describe(name));

        assertThat(created.status()).contains(GatewayStatus.ACTIVE);
        assertThat(created.gatewayArn().get()).endsWith(":gateway/" + name);
        assertThat(described.deletionProtection()).contains(true);
        assertThat(described.propagateTags()).contains(PropagateGatewayTags.GATEWAY);
        assertThat(described.accessType()).contains(AccessType.PUBLIC);
        var alb = described.configuration().get().hostSharedAlb().get();
        assertThat(alb.scheme()).contains(GatewayElbScheme.INTERNET_FACING);
        assertThat(alb.port()).contains(443);
        assertThat(alb.protocol()).contains(GatewayAlbProtocol.HTTPS);
        assertThat(alb.maxAlbCount()).contains(10);
        assertThat(alb.httpDesync()).contains(GatewayAlbDesyncMitigationMode.DEFENSIVE);
        assertThat(right(kit.api().gateways().list(List.of(name), List.empty())).map(g -> g.name().get())).containsExactly(name);
    }

    @Test
    void updateGateway_isInProgress_thenComplete() {
        String name = fixtures.name("gw");
        right(kit.api().gateways().create(gateway(name, true)));

        GatewayChange updating = right(kit.api().gateways().update(GatewayUpdate.builder().gateway(name)
                .configuration(UpdateGatewayConfiguration.builder().hostSharedAlb(UpdateGatewayAlbConfiguration.builder().maxAlbCount(4).build())
                        .build()).build()));
        backend.passTime(Duration.ofMinutes(1));
        Gateway updated = right(kit.api().gateways().describe(name));

        assertThat(updating.status()).contains(GatewayStatus.UPDATE_IN_PROGRESS);
        assertThat(updated.status()).contains(GatewayStatus.UPDATE_COMPLETE);
        assertThat(updated.configuration().get().hostSharedAlb().get().maxAlbCount()).contains(4);
    }

    @Test
    void associations_areListed_andADeletionWaitsForProtectionAndAssociationsToGo() {
        String name = fixtures.name("gw");
        right(kit.api().gateways().create(gateway(name, true)));

        var associated = right(kit.api().gateways().associate(name, cluster.value()));
        var listed = right(kit.api().gateways().associations(Option.of(name), Option.none(), List.empty()));
        var protectedRefusal = kit.api().gateways().delete(name);
        right(kit.api().gateways().update(GatewayUpdate.builder().gateway(name).deletionProtection(false).build()));
        var associatedRefusal = kit.api().gateways().delete(name);
        var disassociated = right(kit.api().gateways().disassociate(name, cluster.value()));
        GatewayChange deleted = right(kit.api().gateways().delete(name));

        assertThat(associated.status()).contains(GatewayClusterAssociationStatus.ACTIVE);
        assertThat(listed.flatMap(a -> a.clusterArn())).hasSize(1);
        assertThat(listed.head().clusterArn().get()).endsWith(":cluster/" + cluster.value());
        assertError(protectedRefusal, EcsError.InvalidParameter.class, EcsRule.GATEWAY_DELETION_PROTECTION.message(name));
        assertError(associatedRefusal, EcsError.InvalidParameter.class, EcsRule.GATEWAY_STILL_ASSOCIATED.message(name));
        assertThat(disassociated.status()).contains(GatewayClusterAssociationStatus.DISASSOCIATING);
        assertThat(deleted.status()).contains(GatewayStatus.DELETED);
        assertThat(kit.api().gateways().describe(name).getLeft().code()).isEqualTo("GatewayNotFoundException");
    }

    @Test
    void gatewayRefusals_nameTaken_listenerAndFiveGatewaysPerCluster() {
        String name = fixtures.name("gw");
        right(kit.api().gateways().create(gateway(name, false)));
        for (int i = 0; i < 5; i++) {
            String other = fixtures.name("gw");
            right(kit.api().gateways().create(gateway(other, false)));
            right(kit.api().gateways().associate(other, cluster.value()));
        }

        assertError(kit.api().gateways().create(gateway(name, false)), EcsError.InvalidParameter.class,
                EcsRule.GATEWAY_NAME_TAKEN.message(name));
        assertError(kit.api().gateways().create(GatewaySpec.builder().name(fixtures.name("gw")).infrastructureRoleArn(INFRASTRUCTURE_ROLE)
                        .configuration(GatewayConfiguration.builder().hostSharedAlb(HostSharedAlbConfiguration.builder().port(80).build()).build())
                        .build()),
                EcsError.InvalidParameter.class, EcsRule.GATEWAY_LISTENER.message("port", 80));
        assertError(kit.api().gateways().associate(name, cluster.value()), EcsError.InvalidParameter.class,
                EcsRule.GATEWAYS_PER_CLUSTER.message());
        assertErrorType(kit.api().gateways().disassociate(name, cluster.value()), EcsError.ResourceNotFound.class);
    }

    @Test
    void anUnusedGateway_hasNoLoadBalancersAndNoRoutes() {
        String name = fixtures.name("gw");
        GatewayChange created = right(kit.api().gateways().create(gateway(name, false)));

        var resources = right(kit.api().gateways().resources(name));

        assertThat(resources.gatewayArn()).isEqualTo(created.gatewayArn());
        assertThat(resources.resources().map(r -> r.hostSharedAlb()).getOrElse(List.empty())).isEmpty();
        assertThat(right(kit.api().gateways().routes(Option.of(name), Option.none(), Option.none()))).isEmpty();
        assertErrorType(kit.api().gateways().route(created.gatewayArn().get().replace(":gateway/", ":gateway-route/") + "/x"),
                EcsError.ResourceNotFound.class);
    }
}
