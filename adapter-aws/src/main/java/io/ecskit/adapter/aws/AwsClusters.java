package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ClusterPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ClusterSetting;

final class AwsClusters implements ClusterPort {

    private final AwsClients aws;

    @Inject
    AwsClusters(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Cluster> create(ClusterSpec spec) {
        return AwsErrors.call(() -> aws.ecs.createCluster(r -> r.clusterName(spec.name().value())
                .capacityProviders(List.of(spec.capacityProviders().isEmpty() ? null : spec.capacityProviders().asJava()))
                .tags(List.of(spec.tags().isEmpty() ? null : TaskDefinitionMapping.tags(spec.tags())))
                .settings(List.of(spec.containerInsights().map(on -> ClusterSetting.builder().name("containerInsights")
                        .value(on ? "enabled" : "disabled").build()).map(java.util.List::of).getOrNull()))))
                .map(r -> ServiceMapping.fromAws(r.cluster()));
    }

    @Override
    public Either<EcsError, Option<Cluster>> describe(ClusterName name) {
        return AwsErrors.call(() -> aws.ecs.describeClusters(r -> r.clusters(name.value())
                        .include(ClusterField.TAGS, ClusterField.SETTINGS)))
                .map(r -> List.ofAll(r.clusters()).headOption().map(ServiceMapping::fromAws));
    }

    @Override
    public Either<EcsError, Seq<ClusterArn>> list() {
        return AwsErrors.call(() -> List.ofAll(aws.ecs.listClustersPaginator(r -> { }).clusterArns())
                .flatMap(ClusterArn::parse));
    }

    @Override
    public Either<EcsError, Cluster> delete(ClusterName name) {
        return AwsErrors.call(() -> aws.ecs.deleteCluster(r -> r.cluster(name.value())))
                .map(r -> ServiceMapping.fromAws(r.cluster()));
    }
}
