package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.ClusterPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.CreateClusterRequest;

final class AwsClusters implements ClusterPort {

    private final AwsClients aws;

    @Inject
    AwsClusters(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Cluster> create(ClusterSpec spec) {
        return aws.call(() -> aws.ecs.createCluster(SdkMapping.toSdk(spec, CreateClusterRequest.class)),
                r -> AwsModel.cluster(r.cluster()));
    }

    @Override
    public Either<EcsError, Option<Cluster>> describe(ClusterName name) {
        return aws.call(() -> aws.ecs.describeClusters(r -> r.clusters(name.value())
                        .include(ClusterField.TAGS, ClusterField.SETTINGS, ClusterField.CONFIGURATIONS, ClusterField.ATTACHMENTS)),
                r -> List.ofAll(r.clusters()).headOption().map(AwsModel::cluster));
    }

    @Override
    public Either<EcsError, Seq<ClusterArn>> list() {
        return aws.call(() -> List.ofAll(aws.ecs.listClustersPaginator(r -> { }).clusterArns())
                .map(arn -> ClusterArn.parse(arn).getOrElseThrow(v -> new IllegalStateException(v.message()))));
    }

    @Override
    public Either<EcsError, Cluster> delete(ClusterName name) {
        return aws.call(() -> aws.ecs.deleteCluster(r -> r.cluster(name.value())), r -> AwsModel.cluster(r.cluster()));
    }

    @Override
    public Either<EcsError, Cluster> update(io.ecskit.domain.cluster.ClusterUpdate update) {
        return aws.call(() -> aws.ecs.updateCluster(SdkMapping.toSdk(update,
                        software.amazon.awssdk.services.ecs.model.UpdateClusterRequest.class)).cluster())
                .map(c -> SdkMapping.fromAws(c, Cluster.class));
    }

    @Override
    public Either<EcsError, Cluster> updateSettings(ClusterName name, Seq<io.ecskit.domain.cluster.ClusterSetting> settings) {
        return aws.call(() -> aws.ecs.updateClusterSettings(r -> r.cluster(name.value()).settings(settings
                        .map(x -> SdkMapping.toSdk(x, software.amazon.awssdk.services.ecs.model.ClusterSetting.class)).asJava())).cluster())
                .map(c -> SdkMapping.fromAws(c, Cluster.class));
    }

    @Override
    public Either<EcsError, Cluster> putCapacityProviders(ClusterName name, Seq<String> capacityProviders,
                                                          Seq<io.ecskit.domain.CapacityProviderStrategyItem> strategy) {
        return aws.call(() -> aws.ecs.putClusterCapacityProviders(r -> r.cluster(name.value()).capacityProviders(capacityProviders.asJava())
                        .defaultCapacityProviderStrategy(strategy.map(i -> SdkMapping.toSdk(i,
                                software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem.class)).asJava())).cluster())
                .map(c -> SdkMapping.fromAws(c, Cluster.class));
    }
}
