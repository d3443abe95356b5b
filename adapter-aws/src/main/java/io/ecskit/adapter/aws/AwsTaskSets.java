package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.TaskSet;
import io.ecskit.domain.service.TaskSetSpec;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.TaskSetPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.CreateTaskSetRequest;
import software.amazon.awssdk.services.ecs.model.TaskSetField;

/** Task sets through ECS's CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets and UpdateServicePrimaryTaskSet. */
final class AwsTaskSets implements TaskSetPort {

    private final AwsClients aws;

    @Inject
    AwsTaskSets(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, TaskSet> create(TaskSetSpec spec) {
        CreateTaskSetRequest request = SdkMapping.toSdk(spec, CreateTaskSetRequest.class);
        if (spec.cluster().isEmpty()) {
            // CreateTaskSet requires the cluster where other calls default it
            request = request.toBuilder().cluster(ClusterName.DEFAULT.value()).build();
        }
        CreateTaskSetRequest sent = request;
        return aws.call(() -> aws.ecs.createTaskSet(sent).taskSet()).map(AwsTaskSets::taskSet);
    }

    @Override
    public Either<EcsError, TaskSet> update(ClusterName cluster, String service, String taskSet, Scale scale) {
        return aws.call(() -> aws.ecs.updateTaskSet(r -> r.cluster(cluster.value()).service(service).taskSet(taskSet)
                .scale(SdkMapping.toSdk(scale, software.amazon.awssdk.services.ecs.model.Scale.class))).taskSet()).map(AwsTaskSets::taskSet);
    }

    @Override
    public Either<EcsError, TaskSet> delete(ClusterName cluster, String service, String taskSet, boolean force) {
        return aws.call(() -> aws.ecs.deleteTaskSet(r -> r.cluster(cluster.value()).service(service).taskSet(taskSet).force(force))
                .taskSet()).map(AwsTaskSets::taskSet);
    }

    @Override
    public Either<EcsError, Descriptions<TaskSet>> describe(ClusterName cluster, String service, Seq<String> taskSets, boolean includeTags) {
        java.util.List<TaskSetField> include = includeTags ? java.util.List.of(TaskSetField.TAGS) : java.util.List.of();
        return aws.call(() -> aws.ecs.describeTaskSets(r -> r.cluster(cluster.value()).service(service)
                        .taskSets(taskSets.isEmpty() ? null : taskSets.asJava()).include(include)))
                .map(d -> new Descriptions<>(List.ofAll(d.taskSets()).map(AwsTaskSets::taskSet),
                        List.ofAll(d.failures()).map(f -> new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail())))));
    }

    @Override
    public Either<EcsError, TaskSet> updatePrimary(ClusterName cluster, String service, String primaryTaskSet) {
        return aws.call(() -> aws.ecs.updateServicePrimaryTaskSet(r -> r.cluster(cluster.value()).service(service)
                .primaryTaskSet(primaryTaskSet)).taskSet()).map(AwsTaskSets::taskSet);
    }

    private static TaskSet taskSet(software.amazon.awssdk.services.ecs.model.TaskSet sdk) {
        return SdkMapping.fromAws(sdk, TaskSet.class);
    }
}
