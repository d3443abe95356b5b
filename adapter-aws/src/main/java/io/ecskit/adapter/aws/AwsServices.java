package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.ServicePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

/** Services on ECS: every CreateService and UpdateService member is sent as the model holds it. */
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
        return aws.call(() -> aws.ecs.createService(SdkMapping.toSdk(spec, CreateServiceRequest.class)),
                r -> AwsModel.service(r.service()));
    }

    @Override
    public Either<EcsError, Service> update(ServiceUpdate update) {
        return aws.call(() -> aws.ecs.updateService(SdkMapping.toSdk(update, UpdateServiceRequest.class)),
                r -> AwsModel.service(r.service()));
    }

    @Override
    public Either<EcsError, Service> delete(ClusterName cluster, ServiceName name, boolean force) {
        return aws.call(() -> aws.ecs.deleteService(r -> r.cluster(cluster.value()).service(name.value()).force(force)),
                r -> AwsModel.service(r.service()));
    }

    @Override
    public Either<EcsError, Descriptions<Service>> describe(ClusterName cluster, Seq<ServiceName> names) {
        Either<EcsError, Descriptions<Service>> all = Either.right(new Descriptions<>(List.empty(), List.empty()));
        for (Seq<ServiceName> batch : names.grouped(DESCRIBE_BATCH)) {
            all = all.flatMap(sofar -> aws.call(() -> aws.ecs.describeServices(r -> r.cluster(cluster.value())
                            .services(batch.map(ServiceName::value).asJava()).include(ServiceField.TAGS)),
                    r -> new Descriptions<>(
                            sofar.found().appendAll(List.ofAll(r.services()).map(AwsModel::service)),
                            sofar.failures().appendAll(List.ofAll(r.failures()).map(AwsModel::failure)))));
        }
        return all;
    }

    @Override
    public Either<EcsError, Seq<ServiceArn>> list(ClusterName cluster) {
        return aws.call(() -> List.ofAll(aws.ecs.listServicesPaginator(r -> r.cluster(cluster.value())).serviceArns())
                .map(arn -> ServiceArn.parse(arn).getOrElseThrow(v -> new IllegalStateException(v.message()))));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.arn.ServiceArn>> listByNamespace(String namespace) {
        return aws.call(() -> io.vavr.collection.List.ofAll(aws.ecs.listServicesByNamespacePaginator(r -> r.namespace(namespace))
                .serviceArns()).flatMap(io.ecskit.domain.arn.ServiceArn::parse));
    }
}
