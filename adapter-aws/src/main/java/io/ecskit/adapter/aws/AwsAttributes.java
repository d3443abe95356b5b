package io.ecskit.adapter.aws;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.TargetType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.AttributePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

final class AwsAttributes implements AttributePort {

    private final AwsClients aws;

    @Inject
    AwsAttributes(AwsClients aws) {
        this.aws = aws;
    }

    private static java.util.List<software.amazon.awssdk.services.ecs.model.Attribute> sdk(Seq<Attribute> attributes) {
        return attributes.map(a -> SdkMapping.toSdk(a, software.amazon.awssdk.services.ecs.model.Attribute.class)).asJava();
    }

    private static Seq<Attribute> domain(java.util.List<software.amazon.awssdk.services.ecs.model.Attribute> attributes) {
        return List.ofAll(attributes).map(a -> SdkMapping.fromAws(a, Attribute.class));
    }

    @Override
    public Either<EcsError, Seq<Attribute>> put(ClusterName cluster, Seq<Attribute> attributes) {
        return aws.call(() -> domain(aws.ecs.putAttributes(r -> r.cluster(cluster.value()).attributes(sdk(attributes))).attributes()));
    }

    @Override
    public Either<EcsError, Seq<Attribute>> delete(ClusterName cluster, Seq<Attribute> attributes) {
        return aws.call(() -> domain(aws.ecs.deleteAttributes(r -> r.cluster(cluster.value()).attributes(sdk(attributes))).attributes()));
    }

    @Override
    public Either<EcsError, Seq<Attribute>> list(ClusterName cluster, TargetType targetType, Option<String> name, Option<String> value) {
        return aws.call(() -> domain(List.ofAll(aws.ecs.listAttributesPaginator(r -> r.cluster(cluster.value()).targetType(targetType.wire())
                .attributeName(name.getOrNull()).attributeValue(value.getOrNull())).attributes()).asJava()));
    }
}
