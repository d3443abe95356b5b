package io.ecskit.adapter.aws;

import io.ecskit.domain.capacity.AutoScalingGroupProviderUpdate;
import io.ecskit.domain.capacity.CapacityProvider;
import io.ecskit.domain.capacity.CapacityProviderSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.CapacityProviderPort;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.CapacityProviderField;
import software.amazon.awssdk.services.ecs.model.CreateCapacityProviderRequest;
import software.amazon.awssdk.services.ecs.model.DescribeCapacityProvidersResponse;

final class AwsCapacityProviders implements CapacityProviderPort {

    private final AwsClients aws;

    @Inject
    AwsCapacityProviders(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, CapacityProvider> create(CapacityProviderSpec spec) {
        return aws.call(() -> aws.ecs.createCapacityProvider(SdkMapping.toSdk(spec, CreateCapacityProviderRequest.class)).capacityProvider())
                .map(p -> SdkMapping.fromAws(p, CapacityProvider.class));
    }

    @Override
    public Either<EcsError, Descriptions<CapacityProvider>> describe(Seq<String> namesOrArns, boolean includeTags) {
        java.util.List<CapacityProviderField> include = includeTags ? java.util.List.of(CapacityProviderField.TAGS) : java.util.List.of();
        return aws.call(() -> {
            List<DescribeCapacityProvidersResponse> pages = List.empty();
            String token = null;
            do {
                String next = token;
                DescribeCapacityProvidersResponse page = aws.ecs.describeCapacityProviders(r -> r.capacityProviders(namesOrArns.asJava())
                        .include(include).nextToken(next));
                pages = pages.append(page);
                token = page.nextToken();
            } while (token != null);
            return pages;
        }).map(pages -> new Descriptions<>(
                pages.flatMap(p -> List.ofAll(p.capacityProviders())).map(p -> SdkMapping.fromAws(p, CapacityProvider.class)),
                pages.flatMap(p -> List.ofAll(p.failures())).map(f -> new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail())))));
    }

    @Override
    public Either<EcsError, CapacityProvider> update(String name, AutoScalingGroupProviderUpdate update) {
        return aws.call(() -> aws.ecs.updateCapacityProvider(r -> r.name(name).autoScalingGroupProvider(SdkMapping.toSdk(update,
                        software.amazon.awssdk.services.ecs.model.AutoScalingGroupProviderUpdate.class))).capacityProvider())
                .map(p -> SdkMapping.fromAws(p, CapacityProvider.class));
    }

    @Override
    public Either<EcsError, CapacityProvider> delete(String nameOrArn) {
        return aws.call(() -> aws.ecs.deleteCapacityProvider(r -> r.capacityProvider(nameOrArn)).capacityProvider())
                .map(p -> SdkMapping.fromAws(p, CapacityProvider.class));
    }
}
