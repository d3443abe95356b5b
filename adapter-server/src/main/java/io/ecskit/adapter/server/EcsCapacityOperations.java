package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.capacity.AutoScalingGroupProviderUpdate;
import io.ecskit.domain.capacity.CapacityProviderSpec;
import io.ecskit.domain.cluster.ClusterSetting;
import io.ecskit.domain.cluster.ClusterUpdate;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import software.amazon.awssdk.services.ecs.model.CapacityProvider;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.CreateCapacityProviderRequest;
import software.amazon.awssdk.services.ecs.model.CreateCapacityProviderResponse;
import software.amazon.awssdk.services.ecs.model.DeleteCapacityProviderRequest;
import software.amazon.awssdk.services.ecs.model.DeleteCapacityProviderResponse;
import software.amazon.awssdk.services.ecs.model.DescribeCapacityProvidersRequest;
import software.amazon.awssdk.services.ecs.model.DescribeCapacityProvidersResponse;
import software.amazon.awssdk.services.ecs.model.PutClusterCapacityProvidersRequest;
import software.amazon.awssdk.services.ecs.model.PutClusterCapacityProvidersResponse;
import software.amazon.awssdk.services.ecs.model.UpdateCapacityProviderRequest;
import software.amazon.awssdk.services.ecs.model.UpdateCapacityProviderResponse;
import software.amazon.awssdk.services.ecs.model.UpdateClusterRequest;
import software.amazon.awssdk.services.ecs.model.UpdateClusterResponse;
import software.amazon.awssdk.services.ecs.model.UpdateClusterSettingsRequest;
import software.amazon.awssdk.services.ecs.model.UpdateClusterSettingsResponse;

import java.util.Map;
import java.util.Set;

/** ECS's cluster-changing and capacity-provider operations on ClusterPort and CapacityProviderPort. */
final class EcsCapacityOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsCapacityOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "UpdateCluster", (kit, body) -> {
            UpdateClusterRequest r = Wire.read(body, UpdateClusterRequest::builder, "UpdateCluster", Set.of());
            ClusterUpdate update = Wire.domain(SdkMapping.toDomain(r, ClusterUpdate.class));
            return Answer.of(kit.api().clusters().update(update).map(c -> UpdateClusterResponse.builder().cluster(cluster(c)).build()));
        });
        operations.put(PREFIX + "UpdateClusterSettings", (kit, body) -> {
            UpdateClusterSettingsRequest r = Wire.read(body, UpdateClusterSettingsRequest::builder, "UpdateClusterSettings", Set.of());
            return Answer.of(kit.api().clusters().updateSettings(EcsOperations.cluster(r.cluster()), List.ofAll(r.settings())
                            .map(s -> Wire.domain(SdkMapping.toDomain(s, ClusterSetting.class))))
                    .map(c -> UpdateClusterSettingsResponse.builder().cluster(cluster(c)).build()));
        });
        operations.put(PREFIX + "PutClusterCapacityProviders", (kit, body) -> {
            PutClusterCapacityProvidersRequest r = Wire.read(body, PutClusterCapacityProvidersRequest::builder,
                    "PutClusterCapacityProviders", Set.of());
            if (!r.hasCapacityProviders()) {
                throw Wire.missing("capacityProviders");
            }
            if (!r.hasDefaultCapacityProviderStrategy()) {
                throw Wire.missing("defaultCapacityProviderStrategy");
            }
            return Answer.of(kit.api().clusters().putCapacityProviders(EcsOperations.cluster(r.cluster()), List.ofAll(r.capacityProviders()),
                            List.ofAll(r.defaultCapacityProviderStrategy()).map(i -> Wire.domain(SdkMapping.toDomain(i, CapacityProviderStrategyItem.class))))
                    .map(c -> PutClusterCapacityProvidersResponse.builder().cluster(cluster(c)).build()));
        });
        operations.put(PREFIX + "CreateCapacityProvider", (kit, body) -> {
            CreateCapacityProviderRequest r = Wire.read(body, CreateCapacityProviderRequest::builder, "CreateCapacityProvider",
                    Set.of("name", "cluster", "autoScalingGroupProvider", "tags"));
            if (r.name() == null) {
                throw Wire.missing("name");
            }
            CapacityProviderSpec spec = Wire.domain(SdkMapping.toDomain(r, CapacityProviderSpec.class));
            return Answer.of(kit.api().capacityProviders().create(spec)
                    .map(p -> CreateCapacityProviderResponse.builder().capacityProvider(provider(p)).build()));
        });
        operations.put(PREFIX + "DescribeCapacityProviders", (kit, body) -> {
            DescribeCapacityProvidersRequest r = Wire.read(body, DescribeCapacityProvidersRequest::builder, "DescribeCapacityProviders",
                    Set.of("capacityProviders", "include", "maxResults", "nextToken"));
            Pages.Request page = Pages.request("DescribeCapacityProviders", r.maxResults(), r.nextToken(), 10, 10);
            boolean tags = r.hasInclude() && r.includeAsStrings().contains("TAGS");
            return Answer.of(kit.api().capacityProviders().describe(List.ofAll(r.capacityProviders()), tags).map(d -> {
                Pages.Page<io.ecskit.domain.capacity.CapacityProvider> p = page.of(d.found());
                return DescribeCapacityProvidersResponse.builder().capacityProviders(p.items().map(EcsCapacityOperations::provider).asJava())
                        .failures(EcsOperations.failures(d)).nextToken(p.nextToken().getOrNull()).build();
            }));
        });
        operations.put(PREFIX + "UpdateCapacityProvider", (kit, body) -> {
            UpdateCapacityProviderRequest r = Wire.read(body, UpdateCapacityProviderRequest::builder, "UpdateCapacityProvider",
                    Set.of("name", "autoScalingGroupProvider"));
            if (r.name() == null) {
                throw Wire.missing("name");
            }
            AutoScalingGroupProviderUpdate update = r.autoScalingGroupProvider() == null ? AutoScalingGroupProviderUpdate.builder().build()
                    : Wire.domain(SdkMapping.toDomain(r.autoScalingGroupProvider(), AutoScalingGroupProviderUpdate.class));
            return Answer.of(kit.api().capacityProviders().update(r.name(), update)
                    .map(p -> UpdateCapacityProviderResponse.builder().capacityProvider(provider(p)).build()));
        });
        operations.put(PREFIX + "DeleteCapacityProvider", (kit, body) -> {
            DeleteCapacityProviderRequest r = Wire.read(body, DeleteCapacityProviderRequest::builder, "DeleteCapacityProvider",
                    Set.of("capacityProvider"));
            if (r.capacityProvider() == null) {
                throw Wire.missing("capacityProvider");
            }
            return Answer.of(kit.api().capacityProviders().delete(r.capacityProvider())
                    .map(p -> DeleteCapacityProviderResponse.builder().capacityProvider(provider(p)).build()));
        });
    }

    private static Cluster cluster(io.ecskit.domain.cluster.Cluster c) {
        return SdkMapping.toSdk(c, Cluster.class);
    }

    private static CapacityProvider provider(io.ecskit.domain.capacity.CapacityProvider p) {
        return SdkMapping.toSdk(p, CapacityProvider.class);
    }
}
