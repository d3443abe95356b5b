package io.ecskit.adapter.aws;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.express.ExpressGatewayService;
import io.ecskit.domain.express.ExpressGatewayServiceSpec;
import io.ecskit.domain.express.ExpressGatewayServiceUpdate;
import io.ecskit.domain.express.UpdatedExpressGatewayService;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.ExpressGatewayServicePort;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.CreateExpressGatewayServiceRequest;
import software.amazon.awssdk.services.ecs.model.ExpressGatewayServiceInclude;
import software.amazon.awssdk.services.ecs.model.UpdateExpressGatewayServiceRequest;

/** Express Gateway services through ECS's Create/Update/Delete/DescribeExpressGatewayService. */
final class AwsExpressGatewayServices implements ExpressGatewayServicePort {

    private final AwsClients aws;

    @Inject
    AwsExpressGatewayServices(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, ExpressGatewayService> create(ExpressGatewayServiceSpec spec) {
        return aws.call(() -> aws.ecs.createExpressGatewayService(SdkMapping.toSdk(spec, CreateExpressGatewayServiceRequest.class)).service())
                .map(s -> SdkMapping.fromAws(s, ExpressGatewayService.class));
    }

    @Override
    public Either<EcsError, UpdatedExpressGatewayService> update(ExpressGatewayServiceUpdate update) {
        return aws.call(() -> aws.ecs.updateExpressGatewayService(SdkMapping.toSdk(update, UpdateExpressGatewayServiceRequest.class)).service())
                .map(s -> SdkMapping.fromAws(s, UpdatedExpressGatewayService.class));
    }

    @Override
    public Either<EcsError, ExpressGatewayService> delete(String serviceArn) {
        return aws.call(() -> aws.ecs.deleteExpressGatewayService(r -> r.serviceArn(serviceArn)).service())
                .map(s -> SdkMapping.fromAws(s, ExpressGatewayService.class));
    }

    @Override
    public Either<EcsError, ExpressGatewayService> describe(String serviceArn, boolean includeTags) {
        return aws.call(() -> aws.ecs.describeExpressGatewayService(r -> r.serviceArn(serviceArn)
                        .include(includeTags ? java.util.List.of(ExpressGatewayServiceInclude.TAGS) : java.util.List.of())).service())
                .map(s -> SdkMapping.fromAws(s, ExpressGatewayService.class));
    }
}
