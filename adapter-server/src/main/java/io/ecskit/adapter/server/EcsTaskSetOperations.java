package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.TaskSetSpec;
import io.ecskit.domain.task.AttachmentStateChange;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import software.amazon.awssdk.services.ecs.model.CreateTaskSetRequest;
import software.amazon.awssdk.services.ecs.model.CreateTaskSetResponse;
import software.amazon.awssdk.services.ecs.model.DeleteTaskSetRequest;
import software.amazon.awssdk.services.ecs.model.DeleteTaskSetResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTaskSetsRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTaskSetsResponse;
import software.amazon.awssdk.services.ecs.model.SubmitAttachmentStateChangesRequest;
import software.amazon.awssdk.services.ecs.model.SubmitAttachmentStateChangesResponse;
import software.amazon.awssdk.services.ecs.model.TaskSet;
import software.amazon.awssdk.services.ecs.model.UpdateServicePrimaryTaskSetRequest;
import software.amazon.awssdk.services.ecs.model.UpdateServicePrimaryTaskSetResponse;
import software.amazon.awssdk.services.ecs.model.UpdateTaskSetRequest;
import software.amazon.awssdk.services.ecs.model.UpdateTaskSetResponse;

import java.util.Map;
import java.util.Set;

/** ECS's task-set operations on TaskSetPort, and the agent's SubmitAttachmentStateChanges on TaskPort. */
final class EcsTaskSetOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsTaskSetOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "CreateTaskSet", (kit, body) -> {
            CreateTaskSetRequest r = Wire.read(body, CreateTaskSetRequest::builder, "CreateTaskSet", Set.of());
            EcsOperations.required(r.service(), "service");
            EcsOperations.required(r.cluster(), "cluster");
            EcsOperations.required(r.taskDefinition(), "taskDefinition");
            TaskSetSpec spec = Wire.domain(SdkMapping.toDomain(r, TaskSetSpec.class));
            return Answer.of(kit.api().taskSets().create(spec)
                    .map(t -> CreateTaskSetResponse.builder().taskSet(taskSet(t)).build()));
        });
        operations.put(PREFIX + "UpdateTaskSet", (kit, body) -> {
            UpdateTaskSetRequest r = Wire.read(body, UpdateTaskSetRequest::builder, "UpdateTaskSet", Set.of());
            if (r.scale() == null) {
                throw Wire.missing("scale");
            }
            Scale scale = Wire.domain(SdkMapping.toDomain(r.scale(), Scale.class));
            return Answer.of(kit.api().taskSets().update(EcsOperations.cluster(EcsOperations.required(r.cluster(), "cluster")),
                            EcsOperations.required(r.service(), "service"), EcsOperations.required(r.taskSet(), "taskSet"), scale)
                    .map(t -> UpdateTaskSetResponse.builder().taskSet(taskSet(t)).build()));
        });
        operations.put(PREFIX + "DeleteTaskSet", (kit, body) -> {
            DeleteTaskSetRequest r = Wire.read(body, DeleteTaskSetRequest::builder, "DeleteTaskSet", Set.of());
            return Answer.of(kit.api().taskSets().delete(EcsOperations.cluster(EcsOperations.required(r.cluster(), "cluster")),
                            EcsOperations.required(r.service(), "service"), EcsOperations.required(r.taskSet(), "taskSet"),
                            Boolean.TRUE.equals(r.force()))
                    .map(t -> DeleteTaskSetResponse.builder().taskSet(taskSet(t)).build()));
        });
        operations.put(PREFIX + "DescribeTaskSets", (kit, body) -> {
            DescribeTaskSetsRequest r = Wire.read(body, DescribeTaskSetsRequest::builder, "DescribeTaskSets", Set.of());
            boolean tags = r.includeAsStrings().contains("TAGS");
            return Answer.of(kit.api().taskSets().describe(EcsOperations.cluster(EcsOperations.required(r.cluster(), "cluster")),
                            EcsOperations.required(r.service(), "service"), List.ofAll(r.taskSets()), tags)
                    .map(d -> DescribeTaskSetsResponse.builder().taskSets(d.found().map(EcsTaskSetOperations::taskSet).asJava())
                            .failures(EcsOperations.failures(d)).build()));
        });
        operations.put(PREFIX + "UpdateServicePrimaryTaskSet", (kit, body) -> {
            UpdateServicePrimaryTaskSetRequest r = Wire.read(body, UpdateServicePrimaryTaskSetRequest::builder,
                    "UpdateServicePrimaryTaskSet", Set.of());
            return Answer.of(kit.api().taskSets().updatePrimary(EcsOperations.cluster(EcsOperations.required(r.cluster(), "cluster")),
                            EcsOperations.required(r.service(), "service"), EcsOperations.required(r.primaryTaskSet(), "primaryTaskSet"))
                    .map(t -> UpdateServicePrimaryTaskSetResponse.builder().taskSet(taskSet(t)).build()));
        });
        operations.put(PREFIX + "SubmitAttachmentStateChanges", (kit, body) -> {
            SubmitAttachmentStateChangesRequest r = Wire.read(body, SubmitAttachmentStateChangesRequest::builder,
                    "SubmitAttachmentStateChanges", Set.of());
            if (!r.hasAttachments()) {
                throw Wire.missing("attachments");
            }
            List<AttachmentStateChange> changes = List.ofAll(r.attachments()).map(a -> new AttachmentStateChange(
                    EcsOperations.required(a.attachmentArn(), "attachments.member.attachmentArn"),
                    EcsOperations.required(a.status(), "attachments.member.status")));
            return Answer.of(kit.api().tasks().submitAttachmentStateChanges(EcsOperations.cluster(r.cluster()), changes)
                    .map(ack -> SubmitAttachmentStateChangesResponse.builder().acknowledgment(ack).build()));
        });
    }

    private static TaskSet taskSet(io.ecskit.domain.service.TaskSet t) {
        return SdkMapping.toSdk(t, TaskSet.class);
    }
}
