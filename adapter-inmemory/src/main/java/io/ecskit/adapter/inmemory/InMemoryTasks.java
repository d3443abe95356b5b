package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.TaskPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

final class InMemoryTasks implements TaskPort {

    private final InMemoryState state;

    @Inject
    InMemoryTasks(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Seq<TaskArn>> list(ClusterName cluster, Option<ServiceName> service, TaskStatus desiredStatus) {
        return state.call("ListTasks", () -> InMemoryClusters.active(state, cluster).map(c -> List.ofAll(state.tasks.values())
                .filter(t -> t.arn.cluster().equals(cluster))
                .filter(t -> service.forAll(s -> t.group.contains("service:" + s.value())))
                .filter(t -> desiredStatus == TaskStatus.STOPPED ? t.desiredStatus == TaskStatus.STOPPED
                        : t.desiredStatus == TaskStatus.RUNNING)
                .map(t -> t.arn)));
    }

    @Override
    public Either<EcsError, Descriptions<Task>> describe(ClusterName cluster, Seq<TaskArn> tasks) {
        return state.call("DescribeTasks", () -> InMemoryClusters.active(state, cluster).map(c -> {
            Seq<Option<TaskState>> found = tasks.map(arn -> Option.of(state.tasks.get(arn.taskId()))
                    .filter(t -> t.arn.cluster().equals(cluster)));
            return new Descriptions<>(found.flatMap(o -> o).map(TaskState::toTask),
                    tasks.zip(found).filter(p -> p._2.isEmpty()).map(p -> Descriptions.Failure.missing(p._1.toString())));
        }));
    }

    @Override
    public Either<EcsError, Seq<Task>> run(RunTaskSpec spec) {
        ClusterName clusterName = spec.cluster().getOrElse(ClusterName.DEFAULT);
        int count = spec.count().getOrElse(1);
        return state.call("RunTask", () -> InMemoryServices.modelChecked(io.ecskit.domain.ModelRules.capacityProviderStrategy("capacityProviderStrategy", spec.capacityProviderStrategy())
                        .appendAll(io.ecskit.domain.ModelRules.tags("tags", spec.tags())))
                .flatMap(ok -> InMemoryClusters.active(state, clusterName)).flatMap(cluster -> {
            if (count < 1 || count > RunTaskSpec.MAX_COUNT) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.RUN_TASK_COUNT));
            }
            if (spec.clientToken().exists(t -> t.length() > RunTaskSpec.MAX_CLIENT_TOKEN)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.RUN_TASK_CLIENT_TOKEN));
            }
            java.util.List<TaskState> earlier = spec.clientToken().map(state.runTaskTokens::get).getOrNull();
            if (earlier != null) {
                return Either.right(List.ofAll(earlier).map(TaskState::toTask));
            }
            return InMemoryTaskDefinitions.usable(state, spec.taskDefinition(), spec.launchType())
                    .flatMap(td -> NetworkChecks.check(state, td.definition(), spec.networkConfiguration()).map(network -> {
                        List<TaskState> started = List.fill(count, () -> {
                            TaskState task = new TaskState(new TaskArn(state.region, state.account, clusterName, state.newId(32)),
                                    td, Option.of(spec.group().getOrElse("family:" + td.family())), spec.startedBy(),
                                    spec.launchType(), network, state.now());
                            task.tags = TaskState.tagsOf(spec.tags(), spec.propagateTags(), td, List.empty(),
                                    spec.enableECSManagedTags().getOrElse(false), clusterName, Option.none());
                            task.executeCommand = spec.enableExecuteCommand().getOrElse(false);
                            state.tasks.put(task.id(), task);
                            return task;
                        });
                        spec.clientToken().forEach(t -> state.runTaskTokens.put(t, started.asJava()));
                        return started.map(TaskState::toTask);
                    }));
        }));
    }

    @Override
    public Either<EcsError, Task> stop(ClusterName cluster, TaskArn task, String reason) {
        return state.call("StopTask", () -> InMemoryClusters.active(state, cluster)
                .flatMap(c -> Option.of(state.tasks.get(task.taskId())).filter(t -> t.arn.cluster().equals(cluster))
                        .toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.TASK_FOUND)))
                .map(t -> {
                    t.requestStop(TaskStopCode.USER_INITIATED, reason, state.now());
                    t.group.flatMap(g -> Option.of(state.servicesByName.get(cluster.value() + "/" + g.substring("service:".length()))))
                            .forEach(state::touch);
                    return t.toTask();
                }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.task.ExecuteCommandSession> executeCommand(ClusterName cluster, TaskArn task,
                                                                                        Option<String> container, String command,
                                                                                        boolean interactive) {
        return state.call("ExecuteCommand", () -> {
            if (!interactive) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.EXECUTE_COMMAND_INTERACTIVE));
            }
            return InMemoryClusters.active(state, cluster)
                    .flatMap(c -> Option.of(state.tasks.get(task.taskId())).filter(t -> t.arn.cluster().equals(cluster))
                            .toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.TASK_FOUND)))
                    .flatMap(t -> {
                        if (!t.executeCommand || !t.isRunning()) {
                            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.EXECUTE_COMMAND_ENABLED));
                        }
                        var containers = t.toTask().containers();
                        if (container.isEmpty() && containers.size() > 1) {
                            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.EXECUTE_COMMAND_CONTAINER));
                        }
                        return containers.find(c -> container.forAll(n -> c.name().contains(n)))
                                .toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.EXECUTE_COMMAND_CONTAINER))
                                .map(c -> {
                                    String session = "ecs-execute-command-" + state.newId(17);
                                    return new io.ecskit.domain.task.ExecuteCommandSession(t.toTask().clusterArn().toString(),
                                            c.containerArn().getOrElse(""), c.name().getOrElse(""), true, session,
                                            "wss://ssmmessages." + state.region.code() + ".amazonaws.com/v1/data-channel/" + session
                                                    + "?role=publish_subscribe&cell-number=AAEAAQ", "AAEAA" + state.newId(32),
                                            t.arn.toString());
                                });
                    });
        });
    }
}
