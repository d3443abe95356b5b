package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.TaskPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.TaskField;

final class AwsTasks implements TaskPort {

    /** DescribeTasks takes at most 100 tasks a call. */
    static final int DESCRIBE_BATCH = 100;

    private final AwsClients aws;

    @Inject
    AwsTasks(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Seq<TaskArn>> list(ClusterName cluster, io.ecskit.domain.task.TaskFilter filter) {
        return aws.call(() -> List.ofAll(aws.ecs.listTasksPaginator(r -> r.cluster(cluster.value())
                        .serviceName(filter.serviceName().map(ServiceName::value).getOrNull())
                        .desiredStatus(filter.desiredStatus() == TaskStatus.STOPPED ? "STOPPED" : "RUNNING")
                        .family(filter.family().getOrNull()).startedBy(filter.startedBy().getOrNull())
                        .launchType(filter.launchType().map(l -> l.wire()).getOrNull())
                        .containerInstance(filter.containerInstance().getOrNull())).taskArns())
                .map(arn -> TaskArn.parse(arn).getOrElseThrow(v -> new IllegalStateException(v.message()))));
    }

    @Override
    public Either<EcsError, Descriptions<Task>> describe(ClusterName cluster, Seq<TaskArn> tasks) {
        Either<EcsError, Descriptions<Task>> all = Either.right(new Descriptions<>(List.empty(), List.empty()));
        for (Seq<TaskArn> batch : tasks.grouped(DESCRIBE_BATCH)) {
            all = all.flatMap(sofar -> aws.call(() -> aws.ecs.describeTasks(r -> r.cluster(cluster.value())
                            .tasks(batch.map(TaskArn::wire).asJava()).include(TaskField.TAGS)),
                    r -> new Descriptions<>(
                            sofar.found().appendAll(List.ofAll(r.tasks()).map(AwsModel::task)),
                            sofar.failures().appendAll(List.ofAll(r.failures()).map(AwsModel::failure)))));
        }
        return all;
    }

    @Override
    public Either<EcsError, Descriptions<Task>> run(RunTaskSpec spec) {
        return aws.call(() -> aws.ecs.runTask(SdkMapping.toSdk(spec, RunTaskRequest.class)),
                r -> new Descriptions<>(List.ofAll(r.tasks()).map(AwsModel::task), List.ofAll(r.failures()).map(AwsModel::failure)));
    }

    @Override
    public Either<EcsError, Task> stop(ClusterName cluster, TaskArn task, String reason) {
        return aws.call(() -> aws.ecs.stopTask(r -> r.cluster(cluster.value()).task(task.wire()).reason(reason)),
                r -> AwsModel.task(r.task()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.task.ExecuteCommandSession> executeCommand(ClusterName cluster, TaskArn task,
                                                                                        io.vavr.control.Option<String> container,
                                                                                        String command, boolean interactive) {
        return aws.call(() -> aws.ecs.executeCommand(r -> r.cluster(cluster.value()).task(task.toString())
                        .container(container.getOrNull()).command(command).interactive(interactive)))
                .map(a -> new io.ecskit.domain.task.ExecuteCommandSession(a.clusterArn(), a.containerArn(), a.containerName(),
                        Boolean.TRUE.equals(a.interactive()), a.session().sessionId(), a.session().streamUrl(), a.session().tokenValue(),
                        a.taskArn()));
    }

    @Override
    public Either<EcsError, io.ecskit.port.out.Descriptions<io.ecskit.domain.task.ProtectedTask>> updateProtection(
            ClusterName cluster, Seq<TaskArn> tasks, boolean enabled, io.vavr.control.Option<Integer> minutes) {
        return aws.call(() -> aws.ecs.updateTaskProtection(r -> r.cluster(cluster.value()).tasks(tasks.map(TaskArn::toString).asJava())
                        .protectionEnabled(enabled).expiresInMinutes(minutes.getOrNull())))
                .map(a -> protections(a.protectedTasks(), a.failures()));
    }

    @Override
    public Either<EcsError, io.ecskit.port.out.Descriptions<io.ecskit.domain.task.ProtectedTask>> getProtection(ClusterName cluster,
                                                                                                              Seq<TaskArn> tasks) {
        return aws.call(() -> aws.ecs.getTaskProtection(r -> r.cluster(cluster.value()).tasks(tasks.map(TaskArn::toString).asJava())))
                .map(a -> protections(a.protectedTasks(), a.failures()));
    }

    private static io.ecskit.port.out.Descriptions<io.ecskit.domain.task.ProtectedTask> protections(
            java.util.List<software.amazon.awssdk.services.ecs.model.ProtectedTask> found,
            java.util.List<software.amazon.awssdk.services.ecs.model.Failure> failures) {
        return new io.ecskit.port.out.Descriptions<>(io.vavr.collection.List.ofAll(found).map(p -> new io.ecskit.domain.task.ProtectedTask(
                p.taskArn(), Boolean.TRUE.equals(p.protectionEnabled()), io.vavr.control.Option.of(p.expirationDate()))),
                io.vavr.collection.List.ofAll(failures).map(f -> new io.ecskit.port.out.Descriptions.Failure(f.arn(), f.reason(),
                        io.vavr.control.Option.of(f.detail()))));
    }

    @Override
    public Either<EcsError, io.ecskit.port.out.Descriptions<Task>> start(io.ecskit.domain.task.RunTaskSpec spec,
                                                                        Seq<String> containerInstances) {
        software.amazon.awssdk.services.ecs.model.RunTaskRequest run = io.ecskit.mapping.SdkMapping.toSdk(spec,
                software.amazon.awssdk.services.ecs.model.RunTaskRequest.class);
        return aws.call(() -> aws.ecs.startTask(r -> r.cluster(run.cluster()).containerInstances(containerInstances.asJava())
                        .taskDefinition(run.taskDefinition()).overrides(run.overrides()).startedBy(run.startedBy()).group(run.group())
                        .networkConfiguration(run.networkConfiguration()).tags(run.tags()).enableECSManagedTags(run.enableECSManagedTags())
                        .propagateTags(run.propagateTags()).referenceId(run.referenceId()).enableExecuteCommand(run.enableExecuteCommand())))
                .map(a -> new io.ecskit.port.out.Descriptions<>(io.vavr.collection.List.ofAll(a.tasks())
                        .map(t -> io.ecskit.mapping.SdkMapping.fromAws(t, Task.class)),
                        io.vavr.collection.List.ofAll(a.failures()).map(f -> new io.ecskit.port.out.Descriptions.Failure(f.arn(), f.reason(),
                                io.vavr.control.Option.of(f.detail())))));
    }

    @Override
    public Either<EcsError, String> submitTaskStateChange(ClusterName cluster, TaskArn task, TaskStatus status,
                                                          io.vavr.control.Option<String> reason) {
        return aws.call(() -> aws.ecs.submitTaskStateChange(r -> r.cluster(cluster.value()).task(task.toString()).status(status.name())
                .reason(reason.getOrNull())).acknowledgment());
    }

    @Override
    public Either<EcsError, String> submitContainerStateChange(ClusterName cluster, TaskArn task, String container, TaskStatus status,
                                                               io.vavr.control.Option<Integer> exitCode, io.vavr.control.Option<String> reason) {
        return aws.call(() -> aws.ecs.submitContainerStateChange(r -> r.cluster(cluster.value()).task(task.toString())
                .containerName(container).status(status.name()).exitCode(exitCode.getOrNull()).reason(reason.getOrNull())).acknowledgment());
    }

    @Override
    public Either<EcsError, String> submitAttachmentStateChanges(ClusterName cluster,
                                                                 io.vavr.collection.Seq<io.ecskit.domain.task.AttachmentStateChange> attachments) {
        return aws.call(() -> aws.ecs.submitAttachmentStateChanges(r -> r.cluster(cluster.value()).attachments(attachments
                .map(a -> software.amazon.awssdk.services.ecs.model.AttachmentStateChange.builder().attachmentArn(a.attachmentArn())
                        .status(a.status()).build()).asJava())).acknowledgment());
    }
}
