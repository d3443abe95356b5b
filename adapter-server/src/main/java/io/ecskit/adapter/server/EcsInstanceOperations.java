package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.Attribute;
import io.ecskit.domain.TargetType;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.instance.ContainerInstanceRegistration;
import io.ecskit.domain.instance.ContainerInstanceStatus;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;
import software.amazon.awssdk.services.ecs.model.DeleteAttributesRequest;
import software.amazon.awssdk.services.ecs.model.DeleteAttributesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeContainerInstancesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeContainerInstancesResponse;
import software.amazon.awssdk.services.ecs.model.ListAttributesRequest;
import software.amazon.awssdk.services.ecs.model.ListAttributesResponse;
import software.amazon.awssdk.services.ecs.model.PutAttributesRequest;
import software.amazon.awssdk.services.ecs.model.PutAttributesResponse;
import software.amazon.awssdk.services.ecs.model.RegisterContainerInstanceRequest;
import software.amazon.awssdk.services.ecs.model.RegisterContainerInstanceResponse;
import software.amazon.awssdk.services.ecs.model.UpdateContainerAgentRequest;
import software.amazon.awssdk.services.ecs.model.UpdateContainerAgentResponse;
import software.amazon.awssdk.services.ecs.model.UpdateContainerInstancesStateRequest;
import software.amazon.awssdk.services.ecs.model.UpdateContainerInstancesStateResponse;

import java.util.Map;
import java.util.Set;

/** ECS's container-instance and attribute operations on ContainerInstancePort and AttributePort. */
final class EcsInstanceOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsInstanceOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "RegisterContainerInstance", (kit, body) -> {
            RegisterContainerInstanceRequest r = Wire.read(body, RegisterContainerInstanceRequest::builder, "RegisterContainerInstance",
                    Set.of("cluster", "instanceIdentityDocument", "instanceIdentityDocumentSignature", "totalResources", "versionInfo",
                            "containerInstanceArn", "attributes", "tags"));
            ContainerInstanceRegistration registration = Wire.domain(SdkMapping.toDomain(r, ContainerInstanceRegistration.class));
            return Answer.of(kit.api().containerInstances().register(registration)
                    .map(i -> RegisterContainerInstanceResponse.builder().containerInstance(instance(i)).build()));
        });
        operations.put(PREFIX + "DescribeContainerInstances", (kit, body) -> {
            DescribeContainerInstancesRequest r = Wire.read(body, DescribeContainerInstancesRequest::builder, "DescribeContainerInstances",
                    Set.of("cluster", "containerInstances", "include"));
            if (r.containerInstances().isEmpty()) {
                throw Wire.missing("containerInstances");
            }
            boolean tags = r.hasInclude() && r.includeAsStrings().contains("TAGS");
            return Answer.of(kit.api().containerInstances().describe(EcsOperations.cluster(r.cluster()), List.ofAll(r.containerInstances()), tags)
                    .map(d -> DescribeContainerInstancesResponse.builder().containerInstances(d.found().map(EcsInstanceOperations::instance)
                            .asJava()).failures(EcsOperations.failures(d)).build()));
        });
        operations.put(PREFIX + "UpdateContainerInstancesState", (kit, body) -> {
            UpdateContainerInstancesStateRequest r = Wire.read(body, UpdateContainerInstancesStateRequest::builder,
                    "UpdateContainerInstancesState", Set.of());
            if (r.statusAsString() == null) {
                throw Wire.missing("status");
            }
            ContainerInstanceStatus status = WireValue.parse(ContainerInstanceStatus.class, r.statusAsString()).get();
            return Answer.of(kit.api().containerInstances().updateState(EcsOperations.cluster(r.cluster()), List.ofAll(r.containerInstances()), status)
                    .map(d -> UpdateContainerInstancesStateResponse.builder().containerInstances(d.found()
                            .map(EcsInstanceOperations::instance).asJava()).failures(EcsOperations.failures(d)).build()));
        });
        operations.put(PREFIX + "UpdateContainerAgent", (kit, body) -> {
            UpdateContainerAgentRequest r = Wire.read(body, UpdateContainerAgentRequest::builder, "UpdateContainerAgent", Set.of());
            if (r.containerInstance() == null) {
                throw Wire.missing("containerInstance");
            }
            return Answer.of(kit.api().containerInstances().updateAgent(EcsOperations.cluster(r.cluster()), r.containerInstance())
                    .map(i -> UpdateContainerAgentResponse.builder().containerInstance(instance(i)).build()));
        });
        operations.put(PREFIX + "PutAttributes", (kit, body) -> {
            PutAttributesRequest r = Wire.read(body, PutAttributesRequest::builder, "PutAttributes", Set.of());
            return Answer.of(kit.api().attributes().put(EcsOperations.cluster(r.cluster()), attributes(r.attributes()))
                    .map(a -> PutAttributesResponse.builder().attributes(sdk(a)).build()));
        });
        operations.put(PREFIX + "DeleteAttributes", (kit, body) -> {
            DeleteAttributesRequest r = Wire.read(body, DeleteAttributesRequest::builder, "DeleteAttributes", Set.of());
            return Answer.of(kit.api().attributes().delete(EcsOperations.cluster(r.cluster()), attributes(r.attributes()))
                    .map(a -> DeleteAttributesResponse.builder().attributes(sdk(a)).build()));
        });
        operations.put(PREFIX + "ListAttributes", (kit, body) -> {
            ListAttributesRequest r = Wire.read(body, ListAttributesRequest::builder, "ListAttributes", Set.of());
            if (r.targetTypeAsString() == null) {
                throw Wire.missing("targetType");
            }
            Pages.Request page = Pages.request("ListAttributes", r.maxResults(), r.nextToken(), 100, 100);
            return Answer.of(kit.api().attributes().list(EcsOperations.cluster(r.cluster()), WireValue.parse(TargetType.class, r.targetTypeAsString()).get(),
                    Option.of(r.attributeName()), Option.of(r.attributeValue())).map(page::of)
                    .map(p -> ListAttributesResponse.builder().attributes(sdk(p.items())).nextToken(p.nextToken().getOrNull()).build()));
        });
    }

    private static List<Attribute> attributes(java.util.List<software.amazon.awssdk.services.ecs.model.Attribute> attributes) {
        if (attributes.isEmpty()) {
            throw Wire.missing("attributes");
        }
        return List.ofAll(attributes).map(a -> Wire.domain(SdkMapping.toDomain(a, Attribute.class)));
    }

    private static java.util.List<software.amazon.awssdk.services.ecs.model.Attribute> sdk(io.vavr.collection.Seq<Attribute> attributes) {
        return attributes.map(a -> SdkMapping.toSdk(a, software.amazon.awssdk.services.ecs.model.Attribute.class)).asJava();
    }

    private static ContainerInstance instance(io.ecskit.domain.instance.ContainerInstance i) {
        return SdkMapping.toSdk(i, ContainerInstance.class);
    }
}
