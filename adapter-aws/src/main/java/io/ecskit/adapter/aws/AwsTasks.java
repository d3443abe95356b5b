package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.TaskPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

final class AwsTasks implements TaskPort {

    /** DescribeTasks takes at most 100 tasks a call. */
    static final int DESCRIBE_BATCH = 100;

    private final AwsClients aws;

    @Inject
    AwsTasks(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Seq<TaskArn>> list(ClusterName cluster, Option<ServiceName> service, TaskStatus desiredStatus) {
        return AwsErrors.call(() -> List.ofAll(aws.ecs.listTasksPaginator(r -> r.cluster(cluster.value())
                        .serviceName(service.map(ServiceName::value).getOrNull())
                        .desiredStatus(desiredStatus == TaskStatus.STOPPED ? "STOPPED" : "RUNNING")).taskArns())
                .flatMap(TaskArn::parse));
    }

    @Override
    public Either<EcsError, Descriptions<Task>> describe(ClusterName cluster, Seq<TaskArn> tasks) {
        Either<EcsError, Descriptions<Task>> all = Either.right(new Descriptions<>(List.empty(), List.empty()));
        for (Seq<TaskArn> batch : tasks.grouped(DESCRIBE_BATCH)) {
            all = all.flatMap(sofar -> AwsErrors.call(() -> aws.ecs.describeTasks(r -> r.cluster(cluster.value())
                            .tasks(batch.map(TaskArn::toString).asJava())))
                    .map(r -> new Descriptions<>(
                            sofar.found().appendAll(List.ofAll(r.tasks()).map(ServiceMapping::fromAws)),
                            sofar.failures().appendAll(List.ofAll(r.failures()).map(f ->
                                    new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail())))))));
        }
        return all;
    }

    @Override
    public Either<EcsError, Seq<Task>> run(io.ecskit.domain.task.RunTaskSpec spec) {
        return AwsErrors.call(() -> aws.ecs.runTask(r -> r.cluster(spec.cluster().value())
                        .taskDefinition(spec.taskDefinition().toString())
                        .count(spec.count())
                        .launchType(spec.launchType().map(l -> l.wire()).getOrNull())
                        .networkConfiguration(spec.networkConfiguration().map(ServiceMapping::toAws).getOrNull())
                        .startedBy(spec.startedBy().getOrNull())
                        .clientToken(spec.clientToken().getOrNull())))
                .flatMap(r -> r.failures().isEmpty()
                        ? Either.right(List.ofAll(r.tasks()).map(ServiceMapping::fromAws))
                        : Either.left(EcsError.ClientError.of(r.failures().get(0).reason())));
    }

    @Override
    public Either<EcsError, Task> stop(ClusterName cluster, TaskArn task, String reason) {
        return AwsErrors.call(() -> aws.ecs.stopTask(r -> r.cluster(cluster.value()).task(task.toString()).reason(reason)))
                .map(r -> ServiceMapping.fromAws(r.task()));
    }
}
