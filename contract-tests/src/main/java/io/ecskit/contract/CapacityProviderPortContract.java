package io.ecskit.contract;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.capacity.AutoScalingGroupProvider;
import io.ecskit.domain.capacity.AutoScalingGroupProviderUpdate;
import io.ecskit.domain.capacity.CapacityProvider;
import io.ecskit.domain.capacity.CapacityProviderSpec;
import io.ecskit.domain.capacity.CapacityProviderStatus;
import io.ecskit.domain.capacity.CapacityProviderType;
import io.ecskit.domain.capacity.ManagedScaling;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterConfiguration;
import io.ecskit.domain.cluster.ClusterSetting;
import io.ecskit.domain.cluster.ClusterSettingName;
import io.ecskit.domain.cluster.ClusterUpdate;
import io.ecskit.domain.cluster.ExecuteCommandConfiguration;
import io.ecskit.domain.cluster.ExecuteCommandLogging;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CapacityProviderPort and the cluster calls around it: DescribeCapacityProviders (FARGATE, FARGATE_SPOT),
 * Create/Update/DeleteCapacityProvider, PutClusterCapacityProviders, UpdateCluster, UpdateClusterSettings.
 */
public abstract class CapacityProviderPortContract extends ContractTest {

    private String autoScalingGroupArn(String name) {
        return "arn:aws:autoscaling:" + kit.region() + ":" + kit.accountId()
                + ":autoScalingGroup:0a1b2c3d-4e5f-6789-abcd-ef0123456789:autoScalingGroupName/" + name;
    }

    @Test
    void describe_withoutNames_listsFargateAndFargateSpot() {
        requires(Capability.FARGATE_CAPACITY_PROVIDERS);
        var all = right(kit.api().capacityProviders().describe(List.empty(), false)).found();

        assertThat(all.filter(p -> p.name().equals("FARGATE")).map(CapacityProvider::status)).containsExactly(CapacityProviderStatus.ACTIVE);
        assertThat(all.filter(p -> p.name().equals("FARGATE_SPOT")).flatMap(CapacityProvider::type))
                .containsExactly(CapacityProviderType.FARGATE_SPOT);
    }

    @Test
    void anAutoScalingGroupProvider_isCreated_updated_andDeleted() {
        requires(Capability.AUTO_SCALING_GROUP_PROVIDERS);
        String name = fixtures.name("asg");
        CapacityProvider created = right(kit.api().capacityProviders().create(CapacityProviderSpec.builder().name(name)
                .autoScalingGroupProvider(AutoScalingGroupProvider.builder().autoScalingGroupArn(autoScalingGroupArn(name))
                        .managedScaling(ManagedScaling.builder().targetCapacity(80).build()).build()).build()));
        CapacityProvider updated = right(kit.api().capacityProviders().update(name, AutoScalingGroupProviderUpdate.builder()
                .managedScaling(ManagedScaling.builder().targetCapacity(60).build()).build()));
        var described = right(kit.api().capacityProviders().describe(List.of(name), false));
        CapacityProvider deleted = right(kit.api().capacityProviders().delete(name));

        assertThat(created.status()).isEqualTo(CapacityProviderStatus.ACTIVE);
        assertThat(created.capacityProviderArn()).endsWith(":capacity-provider/" + name);
        assertThat(created.autoScalingGroupProvider().get().managedScaling().get().targetCapacity()).contains(80);
        assertThat(updated.autoScalingGroupProvider().get().managedScaling().get().targetCapacity()).contains(60);
        assertThat(described.found().map(CapacityProvider::name)).containsExactly(name);
        assertThat(deleted.status()).isEqualTo(CapacityProviderStatus.INACTIVE);
    }

    @Test
    void putClusterCapacityProviders_setsTheProvidersAndTheDefaultStrategy() {
        ClusterName cluster = fixtures.cluster();

        Cluster put = right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"),
                List.of(CapacityProviderStrategyItem.builder().capacityProvider("FARGATE_SPOT").weight(3).build(),
                        CapacityProviderStrategyItem.builder().capacityProvider("FARGATE").weight(1).base(1).build())));

        assertThat(put.capacityProviders()).containsExactlyInAnyOrder("FARGATE", "FARGATE_SPOT");
        assertThat(put.defaultCapacityProviderStrategy().map(CapacityProviderStrategyItem::capacityProvider))
                .containsExactlyInAnyOrder("FARGATE", "FARGATE_SPOT");
        assertThat(right(kit.api().clusters().describe(cluster)).get().capacityProviders()).containsExactlyInAnyOrder("FARGATE", "FARGATE_SPOT");
    }

    @Test
    void putClusterCapacityProviders_refusesAnUnknownProvider_andAStrategyBeyondTheList() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        ClusterName cluster = fixtures.cluster();

        // rules capacityProviderExists, defaultStrategyProvidersAssociated, capacityProviderNameReserved
        assertError(kit.api().clusters().putCapacityProviders(cluster, List.of("NOPE"), List.empty()), EcsError.InvalidParameter.class,
                EcsRule.CAPACITY_PROVIDER_EXISTS.message("NOPE"));
        assertError(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE"),
                        List.of(CapacityProviderStrategyItem.builder().capacityProvider("FARGATE_SPOT").weight(1).build())),
                EcsError.InvalidParameter.class, EcsRule.DEFAULT_STRATEGY_PROVIDERS_ASSOCIATED.message("FARGATE_SPOT"));
        assertErrorType(kit.api().capacityProviders().create(CapacityProviderSpec.builder().name("fargate-mine")
                .autoScalingGroupProvider(AutoScalingGroupProvider.builder().autoScalingGroupArn(autoScalingGroupArn("x")).build()).build()),
                EcsError.InvalidParameter.class);
        assertThat(right(kit.api().clusters().describe(cluster)).get().capacityProviders()).isEmpty();
    }

    @Test
    void updateCluster_andUpdateClusterSettings_changeWhatTheyName() {
        requires(Capability.CLUSTER_UPDATES);
        ClusterName cluster = fixtures.cluster();

        Cluster settings = right(kit.api().clusters().updateSettings(cluster,
                List.of(new ClusterSetting(Option.of(ClusterSettingName.CONTAINER_INSIGHTS), Option.of("enabled")))));
        Cluster updated = right(kit.api().clusters().update(ClusterUpdate.builder().cluster(cluster)
                .configuration(ClusterConfiguration.builder().executeCommandConfiguration(ExecuteCommandConfiguration.builder()
                        .logging(ExecuteCommandLogging.DEFAULT).build()).build()).build()));

        assertThat(settings.settings()).contains(new ClusterSetting(Option.of(ClusterSettingName.CONTAINER_INSIGHTS), Option.of("enabled")));
        assertThat(updated.configuration().flatMap(ClusterConfiguration::executeCommandConfiguration)
                .flatMap(ExecuteCommandConfiguration::logging)).contains(ExecuteCommandLogging.DEFAULT);
        assertThat(updated.settings()).contains(new ClusterSetting(Option.of(ClusterSettingName.CONTAINER_INSIGHTS), Option.of("enabled")));
    }
}
