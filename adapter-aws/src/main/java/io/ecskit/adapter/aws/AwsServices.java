package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.ServicePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.ServiceField;

final class AwsServices implements ServicePort {

    /** DescribeServices takes at most 10 services a call. */
    static final int DESCRIBE_BATCH = 10;

    private final AwsClients aws;

    @Inject
    AwsServices(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Service> create(ServiceSpec spec) {
        return AwsErrors.call(() -> aws.ecs.createService(r -> r
                        .cluster(spec.cluster().value())
                        .serviceName(spec.name().value())
                        .taskDefinition(spec.taskDefinition().toString())
                        .desiredCount(spec.desiredCount())
                        .launchType(spec.launchType().map(l -> l.wire()).getOrNull())
                        .platformVersion(spec.platformVersion().getOrNull())
                        .networkConfiguration(spec.networkConfiguration().map(ServiceMapping::toAws).getOrNull())
                        .loadBalancers(List.of(spec.loadBalancers().isEmpty() ? null : spec.loadBalancers().map(ServiceMapping::toAws).asJava()))
                        .deploymentConfiguration(spec.deploymentConfiguration().map(ServiceMapping::toAws).getOrNull())
                        .healthCheckGracePeriodSeconds(spec.healthCheckGracePeriodSeconds().getOrNull())
                        .enableExecuteCommand(spec.enableExecuteCommand().getOrNull())
                        .tags(List.of(spec.tags().isEmpty() ? null : TaskDefinitionMapping.tags(spec.tags())))
                        .clientToken(spec.clientToken().getOrNull())))
                .map(r -> ServiceMapping.fromAws(r.service()));
    }

    @Override
    public Either<EcsError, Service> update(ServiceUpdate update) {
        return AwsErrors.call(() -> aws.ecs.updateService(r -> r
                        .cluster(update.cluster().value())
                        .service(update.name().value())
                        .taskDefinition(update.taskDefinition().map(Object::toString).getOrNull())
                        .desiredCount(update.desiredCount().getOrNull())
                        .networkConfiguration(update.networkConfiguration().map(ServiceMapping::toAws).getOrNull())
                        .loadBalancers(List.of(update.loadBalancers().map(l -> l.map(ServiceMapping::toAws).asJava()).getOrNull()))
                        .deploymentConfiguration(update.deploymentConfiguration().map(ServiceMapping::toAws).getOrNull())
                        .platformVersion(update.platformVersion().getOrNull())
                        .healthCheckGracePeriodSeconds(update.healthCheckGracePeriodSeconds().getOrNull())
                        .forceNewDeployment(update.forceNewDeployment().getOrNull())))
                .map(r -> ServiceMapping.fromAws(r.service()));
    }

    @Override
    public Either<EcsError, Service> delete(ClusterName cluster, ServiceName name, boolean force) {
        return AwsErrors.call(() -> aws.ecs.deleteService(r -> r.cluster(cluster.value()).service(name.value()).force(force)))
                .map(r -> ServiceMapping.fromAws(r.service()));
    }

    @Override
    public Either<EcsError, Descriptions<Service>> describe(ClusterName cluster, Seq<ServiceName> names) {
        Either<EcsError, Descriptions<Service>> all = Either.right(new Descriptions<>(List.empty(), List.empty()));
        for (Seq<ServiceName> batch : names.grouped(DESCRIBE_BATCH)) {
            all = all.flatMap(sofar -> AwsErrors.call(() -> aws.ecs.describeServices(r -> r.cluster(cluster.value())
                            .services(batch.map(ServiceName::value).asJava()).include(ServiceField.TAGS)))
                    .map(r -> new Descriptions<>(
                            sofar.found().appendAll(List.ofAll(r.services()).map(ServiceMapping::fromAws)),
                            sofar.failures().appendAll(List.ofAll(r.failures()).map(f ->
                                    new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail())))))));
        }
        return all;
    }

    @Override
    public Either<EcsError, Seq<ServiceArn>> list(ClusterName cluster) {
        return AwsErrors.call(() -> List.ofAll(aws.ecs.listServicesPaginator(r -> r.cluster(cluster.value())).serviceArns())
                .flatMap(ServiceArn::parse));
    }
}
