package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.express.ExpressGatewayServiceSpec;
import io.ecskit.domain.express.ExpressGatewayServiceUpdate;
import io.ecskit.mapping.SdkMapping;
import software.amazon.awssdk.services.ecs.model.CreateExpressGatewayServiceRequest;
import software.amazon.awssdk.services.ecs.model.CreateExpressGatewayServiceResponse;
import software.amazon.awssdk.services.ecs.model.DeleteExpressGatewayServiceRequest;
import software.amazon.awssdk.services.ecs.model.DeleteExpressGatewayServiceResponse;
import software.amazon.awssdk.services.ecs.model.DescribeExpressGatewayServiceRequest;
import software.amazon.awssdk.services.ecs.model.DescribeExpressGatewayServiceResponse;
import software.amazon.awssdk.services.ecs.model.ECSExpressGatewayService;
import software.amazon.awssdk.services.ecs.model.UpdateExpressGatewayServiceRequest;
import software.amazon.awssdk.services.ecs.model.UpdateExpressGatewayServiceResponse;
import software.amazon.awssdk.services.ecs.model.UpdatedExpressGatewayService;

import java.util.Map;
import java.util.Set;

/** ECS's Express Gateway service operations on ExpressGatewayServicePort. */
final class EcsExpressOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsExpressOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "CreateExpressGatewayService", (kit, body) -> {
            CreateExpressGatewayServiceRequest r = Wire.read(body, CreateExpressGatewayServiceRequest::builder,
                    "CreateExpressGatewayService", Set.of());
            EcsOperations.required(r.infrastructureRoleArn(), "infrastructureRoleArn");
            ExpressGatewayServiceSpec spec = Wire.domain(SdkMapping.toDomain(r, ExpressGatewayServiceSpec.class));
            return Answer.of(kit.api().expressGatewayServices().create(spec)
                    .map(s -> CreateExpressGatewayServiceResponse.builder().service(SdkMapping.toSdk(s, ECSExpressGatewayService.class)).build()));
        });
        operations.put(PREFIX + "UpdateExpressGatewayService", (kit, body) -> {
            UpdateExpressGatewayServiceRequest r = Wire.read(body, UpdateExpressGatewayServiceRequest::builder,
                    "UpdateExpressGatewayService", Set.of());
            EcsOperations.required(r.serviceArn(), "serviceArn");
            ExpressGatewayServiceUpdate update = Wire.domain(SdkMapping.toDomain(r, ExpressGatewayServiceUpdate.class));
            return Answer.of(kit.api().expressGatewayServices().update(update)
                    .map(s -> UpdateExpressGatewayServiceResponse.builder().service(SdkMapping.toSdk(s, UpdatedExpressGatewayService.class)).build()));
        });
        operations.put(PREFIX + "DeleteExpressGatewayService", (kit, body) -> {
            DeleteExpressGatewayServiceRequest r = Wire.read(body, DeleteExpressGatewayServiceRequest::builder,
                    "DeleteExpressGatewayService", Set.of());
            return Answer.of(kit.api().expressGatewayServices().delete(EcsOperations.required(r.serviceArn(), "serviceArn"))
                    .map(s -> DeleteExpressGatewayServiceResponse.builder().service(SdkMapping.toSdk(s, ECSExpressGatewayService.class)).build()));
        });
        operations.put(PREFIX + "DescribeExpressGatewayService", (kit, body) -> {
            DescribeExpressGatewayServiceRequest r = Wire.read(body, DescribeExpressGatewayServiceRequest::builder,
                    "DescribeExpressGatewayService", Set.of());
            boolean tags = r.includeAsStrings().contains("TAGS");
            return Answer.of(kit.api().expressGatewayServices().describe(EcsOperations.required(r.serviceArn(), "serviceArn"), tags)
                    .map(s -> DescribeExpressGatewayServiceResponse.builder().service(SdkMapping.toSdk(s, ECSExpressGatewayService.class)).build()));
        });
    }
}
