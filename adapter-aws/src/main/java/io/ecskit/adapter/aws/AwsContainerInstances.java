package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ContainerInstancePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

final class AwsContainerInstances implements ContainerInstancePort {

    private final AwsClients aws;

    @Inject
    AwsContainerInstances(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Seq<ContainerInstanceArn>> list(ClusterName cluster) {
        return aws.call(() -> List.ofAll(aws.ecs.listContainerInstancesPaginator(r -> r.cluster(cluster.value()))
                .containerInstanceArns()).flatMap(ContainerInstanceArn::parse));
    }

    @Override
    public Either<EcsError, ContainerInstanceArn> deregister(ClusterName cluster, ContainerInstanceArn instance, boolean force) {
        return aws.call(() -> aws.ecs.deregisterContainerInstance(r -> r.cluster(cluster.value())
                .containerInstance(instance.toString()).force(force))).map(r -> instance);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.instance.ContainerInstance> register(io.ecskit.domain.instance.ContainerInstanceRegistration registration) {
        return aws.call(() -> aws.ecs.registerContainerInstance(io.ecskit.mapping.SdkMapping.toSdk(registration,
                        software.amazon.awssdk.services.ecs.model.RegisterContainerInstanceRequest.class)).containerInstance())
                .map(i -> io.ecskit.mapping.SdkMapping.fromAws(i, io.ecskit.domain.instance.ContainerInstance.class));
    }

    @Override
    public Either<EcsError, io.ecskit.port.out.Descriptions<io.ecskit.domain.instance.ContainerInstance>> describe(ClusterName cluster,
                                                                                                                 Seq<String> idsOrArns,
                                                                                                                 boolean includeTags) {
        List<Seq<String>> batches = List.ofAll(idsOrArns.grouped(100));
        return aws.call(() -> batches.map(batch -> aws.ecs.describeContainerInstances(r -> r.cluster(cluster.value())
                        .containerInstances(batch.asJava()).includeWithStrings(includeTags ? java.util.List.of("TAGS") : java.util.List.of()))))
                .map(answers -> new io.ecskit.port.out.Descriptions<>(
                        answers.flatMap(a -> List.ofAll(a.containerInstances()))
                                .map(i -> io.ecskit.mapping.SdkMapping.fromAws(i, io.ecskit.domain.instance.ContainerInstance.class)),
                        answers.flatMap(a -> List.ofAll(a.failures())).map(f -> new io.ecskit.port.out.Descriptions.Failure(f.arn(),
                                f.reason(), io.vavr.control.Option.of(f.detail())))));
    }

    @Override
    public Either<EcsError, io.ecskit.port.out.Descriptions<io.ecskit.domain.instance.ContainerInstance>> updateState(
            ClusterName cluster, Seq<String> idsOrArns, io.ecskit.domain.instance.ContainerInstanceStatus status) {
        return aws.call(() -> aws.ecs.updateContainerInstancesState(r -> r.cluster(cluster.value()).containerInstances(idsOrArns.asJava())
                        .status(status.wire())))
                .map(a -> new io.ecskit.port.out.Descriptions<>(List.ofAll(a.containerInstances())
                        .map(i -> io.ecskit.mapping.SdkMapping.fromAws(i, io.ecskit.domain.instance.ContainerInstance.class)),
                        List.ofAll(a.failures()).map(f -> new io.ecskit.port.out.Descriptions.Failure(f.arn(), f.reason(),
                                io.vavr.control.Option.of(f.detail())))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.instance.ContainerInstance> updateAgent(ClusterName cluster, String idOrArn) {
        return aws.call(() -> aws.ecs.updateContainerAgent(r -> r.cluster(cluster.value()).containerInstance(idOrArn)).containerInstance())
                .map(i -> io.ecskit.mapping.SdkMapping.fromAws(i, io.ecskit.domain.instance.ContainerInstance.class));
    }

    @Override
    public Either<EcsError, io.vavr.collection.Map<String, String>> discoverPollEndpoint(io.vavr.control.Option<String> containerInstance,
                                                                                        io.vavr.control.Option<ClusterName> cluster) {
        return aws.call(() -> aws.ecs.discoverPollEndpoint(r -> r.containerInstance(containerInstance.getOrNull())
                .cluster(cluster.map(ClusterName::value).getOrNull()))).map(a -> {
                    io.vavr.collection.Map<String, String> found = io.vavr.collection.LinkedHashMap.empty();
                    found = a.endpoint() == null ? found : found.put("endpoint", a.endpoint());
                    found = a.telemetryEndpoint() == null ? found : found.put("telemetryEndpoint", a.telemetryEndpoint());
                    return a.serviceConnectEndpoint() == null ? found : found.put("serviceConnectEndpoint", a.serviceConnectEndpoint());
                });
    }
}
