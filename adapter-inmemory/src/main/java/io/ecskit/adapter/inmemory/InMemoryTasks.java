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

import java.time.Instant;

final class InMemoryTasks implements TaskPort {

    private final InMemoryState state;

    @Inject
    InMemoryTasks(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Seq<TaskArn>> list(ClusterName cluster, io.ecskit.domain.task.TaskFilter filter) {
        return state.call("ListTasks", () -> InMemoryClusters.active(state, cluster).flatMap(c -> {
            if (filter.startedBy().isDefined() && (filter.serviceName().isDefined() || filter.family().isDefined()
                    || filter.launchType().isDefined() || filter.containerInstance().isDefined())) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LIST_TASKS_STARTED_BY_ALONE));
            }
            if (filter.serviceName().exists(s -> !state.servicesByName.containsKey(InMemoryState.key(cluster, s)))) {
                return Either.left(EcsError.ServiceNotFound.of());
            }
            return Either.right(c);
        }).map(c -> List.ofAll(candidates(cluster, filter))
                .filter(t -> t.arn.cluster().equals(cluster))
                .filter(t -> filter.serviceName().forAll(s -> t.group.contains("service:" + s.value())))
                .filter(t -> filter.desiredStatus() == TaskStatus.STOPPED ? t.desiredStatus == TaskStatus.STOPPED
                        : t.desiredStatus == TaskStatus.RUNNING)
                .filter(t -> filter.family().forAll(f -> t.definition.family().equals(f)))
                .filter(t -> filter.startedBy().forAll(b -> t.startedBy.contains(b)))
                .filter(t -> filter.launchType().forAll(l -> t.launchType.contains(l)))
                .filter(t -> filter.containerInstance().forAll(i -> t.containerInstance.exists(a -> a.toString().equals(i) || a.id().equals(i))))
                .map(t -> t.arn)));
    }

    /**
     * The tasks a ListTasks may answer: a service's RUNNING ones from the service itself (what a deployment's follower
     * asks every few seconds costs the service's tasks, not the account's), else every task kept.
     */
    private Iterable<TaskState> candidates(ClusterName cluster, io.ecskit.domain.task.TaskFilter filter) {
        if (filter.serviceName().isDefined() && filter.desiredStatus() != TaskStatus.STOPPED) {
            ServiceState service = state.servicesByName.get(InMemoryState.key(cluster, filter.serviceName().get()));
            return service == null ? java.util.List.of() : service.unstopped;
        }
        return state.tasks.values();
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

    /**
     * A scheduled rule's ECS target fired: RunTask as EventBridge asks it (inside the simulation's step, so not through
     * the call gate); its tasks' {@code startedBy} is {@code events-rule/RULE} as ECS shows scheduled tasks. A RunTask
     * ECS refuses is a failed invocation: nothing runs, as on AWS (where only a metric counts it).
     */
    void runScheduled(String clusterArn, io.ecskit.domain.events.EcsTaskTarget target, String rule) {
        String cluster = clusterArn.substring(clusterArn.indexOf(":cluster/") + ":cluster/".length());
        Option<io.ecskit.domain.arn.TaskDefinitionRef> definition = scheduledDefinition(target.taskDefinitionArn());
        if (definition.isEmpty()) {
            return;     // PutTargets refused what cannot be read (InMemoryEvents)
        }
        RunTaskSpec spec = RunTaskSpec.builder().cluster(new ClusterName(cluster)).taskDefinition(definition.get())
                .count(target.taskCount().getOrElse(1)).launchType(target.launchType())
                .networkConfiguration(target.networkConfiguration().map(io.ecskit.domain.NetworkConfiguration::awsvpc))
                .platformVersion(target.platformVersion()).group(target.group()).enableECSManagedTags(target.enableEcsManagedTags())
                .enableExecuteCommand(target.enableExecuteCommand()).referenceId(target.referenceId()).tags(target.tags())
                .startedBy(Option.of(("events-rule/" + rule).substring(0, Math.min(128, ("events-rule/" + rule).length())))).build();
        launch(spec, List.fill(spec.count().getOrElse(1), Option::none));
    }

    /**
     * An ECS target's task definition: an ARN or {@code family:revision}, or an ARN without its revision, which EventBridge
     * runs as the family's latest ACTIVE revision (how Terraform's {@code arn_without_revision} is used).
     */
    static Option<io.ecskit.domain.arn.TaskDefinitionRef> scheduledDefinition(String text) {
        Either<io.ecskit.domain.Violation, io.ecskit.domain.arn.TaskDefinitionRef> parsed = io.ecskit.domain.arn.TaskDefinitionRef.parse(text);
        if (parsed.isRight()) {
            return Option.of(parsed.get());
        }
        java.util.regex.Matcher latest = java.util.regex.Pattern.compile("arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:task-definition/([A-Za-z0-9_-]{1,255})")
                .matcher(text);
        return latest.matches() ? Option.of(io.ecskit.domain.arn.TaskDefinitionRef.latest(latest.group(1))) : Option.none();
    }

    @Override
    public Either<EcsError, Descriptions<Task>> run(RunTaskSpec spec) {
        return state.call("RunTask", () -> launch(spec, List.fill(spec.count().getOrElse(1), Option::none)));
    }

    @Override
    public Either<EcsError, Descriptions<Task>> start(RunTaskSpec spec, Seq<String> containerInstances) {
        ClusterName clusterName = spec.cluster().getOrElse(ClusterName.DEFAULT);
        return state.call("StartTask", () -> {
            if (containerInstances.isEmpty() || containerInstances.size() > RunTaskSpec.MAX_COUNT) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.START_TASK_INSTANCES));
            }
            return InMemoryClusters.active(state, clusterName).flatMap(c -> {
                Seq<Option<io.ecskit.domain.arn.ContainerInstanceArn>> placed = containerInstances.map(i -> InMemoryContainerInstances.arnOf(c, i));
                Seq<Descriptions.Failure> missing = containerInstances.zip(placed).filter(p -> p._2.isEmpty())
                        .map(p -> Descriptions.Failure.missing(p._1.startsWith("arn:") ? p._1
                                : new io.ecskit.domain.arn.ContainerInstanceArn(state.region, state.account, clusterName, p._1).toString()));
                Seq<io.ecskit.domain.arn.ContainerInstanceArn> found = placed.flatMap(o -> o);
                if (found.isEmpty()) {
                    return Either.right(new Descriptions<>(List.empty(), missing));
                }
                return launch(spec.toBuilder().launchType(io.ecskit.domain.LaunchType.EC2).count(found.size()).build(),
                        List.ofAll(found).map(Option::of)).map(d -> new Descriptions<>(d.found(), d.failures().appendAll(missing)));
            });
        });
    }

    /** RunTask's and StartTask's work: the tasks, each on its container instance when StartTask placed it. */
    private Either<EcsError, Descriptions<Task>> launch(RunTaskSpec spec, List<Option<io.ecskit.domain.arn.ContainerInstanceArn>> instances) {
        ClusterName clusterName = spec.cluster().getOrElse(ClusterName.DEFAULT);
        int count = spec.count().getOrElse(1);
        return InMemoryServices.modelChecked(io.ecskit.domain.ModelRules.capacityProviderStrategy("capacityProviderStrategy", spec.capacityProviderStrategy())
                        .appendAll(io.ecskit.domain.ModelRules.launchTypeOrStrategy(spec.launchType(), spec.capacityProviderStrategy()))
                        .appendAll(io.ecskit.domain.ModelRules.tags("tags", spec.tags())))
                .flatMap(ok -> InMemoryClusters.active(state, clusterName)).flatMap(cluster -> {
            if (count < 1 || count > RunTaskSpec.MAX_COUNT) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.RUN_TASK_COUNT));
            }
            if (spec.startedBy().exists(b -> !b.matches("[A-Za-z0-9_/-]{1,128}"))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.STARTED_BY_FORMAT));
            }
            if (spec.clientToken().exists(t -> t.length() > RunTaskSpec.MAX_CLIENT_TOKEN)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.RUN_TASK_CLIENT_TOKEN));
            }
            java.util.List<TaskState> earlier = spec.clientToken().map(state.runTaskTokens::get).getOrNull();
            if (earlier != null) {
                return Either.right(new Descriptions<>(List.ofAll(earlier).map(TaskState::toTask), List.empty()));
            }
            List<io.ecskit.domain.CapacityProviderStrategyItem> strategy = CapacityPlacement.effective(cluster, spec.launchType(),
                    spec.capacityProviderStrategy());
            return CapacityPlacement.associated(cluster, spec.capacityProviderStrategy())
                    .flatMap(ok -> CapacityPlacement.defaultUsable(cluster, spec.launchType(), spec.capacityProviderStrategy()))
                    .flatMap(ok -> Ec2Placement.checked(spec.placementConstraints(), spec.placementStrategy()))
                    .flatMap(ok -> InMemoryTaskDefinitions.usable(state, spec.taskDefinition(), spec.launchType()))
                    .flatMap(td -> InMemoryServices.modelChecked(io.ecskit.domain.task.OverrideRules.check(spec.overrides(), td.definition()))
                            .map(ok -> td))
                    .flatMap(td -> TaskRoles.check(state, td.definition(), spec.overrides()).map(ok -> td))
                    .flatMap(td -> CapacityPlacement.launchRules(spec.launchType(), strategy, spec.platformVersion(),
                            spec.networkConfiguration(), td.definition()).map(ok -> td))
                    .flatMap(td -> NetworkChecks.check(state, td.definition(), spec.networkConfiguration()).flatMap(network -> {
                        List<String> chosenProviders = strategy.isEmpty() ? List.empty() : CapacityPlacement.place(strategy, List.empty(), count);
                        io.ecskit.domain.LaunchType effective = CapacityPlacement.effectiveLaunchType(spec.launchType(), strategy);
                        String group = spec.group().getOrElse("family:" + td.family());
                        // RunTask's EC2 tasks go where ECS would put them; StartTask names its instances itself
                        Seq<Descriptions.Failure> unplaced = List.empty();
                        int placedCount = count;
                        List<Option<io.ecskit.domain.arn.ContainerInstanceArn>> targets = instances;
                        if (effective == io.ecskit.domain.LaunchType.EC2 && instances.forAll(Option::isEmpty)) {
                            Either<EcsError, Ec2Placement.Placed> placed = Ec2Placement.place(state, cluster,
                                    Ec2Placement.of(td.definition(), io.ecskit.domain.task.OverrideRules.applied(td.definition().containerDefinitions(), spec.overrides()),
                                            spec.overrides()), count, group, spec.placementConstraints(), spec.placementStrategy());
                            if (placed.isLeft()) {
                                return Either.left(placed.getLeft());
                            }
                            if (placed.get().failures().exists(f -> f.reason().equals(Ec2Placement.NO_INSTANCES))) {
                                // ECS refuses the call itself when the cluster has no instance at all
                                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.RUN_TASK_NO_CONTAINER_INSTANCES));
                            }
                            unplaced = placed.get().failures();
                            placedCount = placed.get().instances().size();
                            targets = placed.get().instances().map(Option::of);
                        }
                        java.util.Iterator<Option<io.ecskit.domain.arn.ContainerInstanceArn>> placement = targets.iterator();
                        java.util.Iterator<String> providers = chosenProviders.iterator();
                        Seq<Descriptions.Failure> failures = unplaced;
                        List<TaskState> started = List.fill(placedCount, () -> {
                            TaskState task = new TaskState(new TaskArn(state.region, state.account, clusterName, state.newId(32)),
                                    td, Option.of(spec.group().getOrElse("family:" + td.family())), spec.startedBy(),
                                    spec.launchType().orElse(Option.when(strategy.isEmpty(), io.ecskit.domain.LaunchType.EC2)),
                                    providers.hasNext() ? Option.of(providers.next()) : Option.none(), network, state.now());
                            task.tags = TaskState.tagsOf(spec.tags(), spec.propagateTags(), td, List.empty(),
                                    spec.enableECSManagedTags().getOrElse(false), clusterName, Option.none());
                            task.executeCommand = spec.enableExecuteCommand().getOrElse(false);
                            task.containerInstance = placement.hasNext() ? placement.next() : Option.none();
                            task.override(spec.overrides());
                            task.platformVersion = spec.platformVersion();
                            state.addTask(task);
                            return task;
                        });
                        if (!started.isEmpty()) {
                            spec.clientToken().forEach(t -> state.runTaskTokens.put(t, started.asJava()));
                        }
                        return Either.<EcsError, Descriptions<Task>>right(new Descriptions<>(started.map(TaskState::toTask), failures));
                    }));
        });
    }

    @Override
    public Either<EcsError, Task> stop(ClusterName cluster, TaskArn task, String reason) {
        return state.call("StopTask", () -> InMemoryClusters.active(state, cluster)
                .flatMap(c -> Option.of(state.tasks.get(task.taskId())).filter(t -> t.arn.cluster().equals(cluster))
                        .toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.TASK_FOUND)))
                .map(t -> {
                    t.requestStop(TaskStopCode.USER_INITIATED, reason, state.now());
                    if (t.service != null) {
                        state.touch(t.service);
                    }
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

    @Override
    public Either<EcsError, Descriptions<io.ecskit.domain.task.ProtectedTask>> updateProtection(ClusterName cluster, Seq<TaskArn> tasks,
                                                                                                boolean enabled, Option<Integer> minutes) {
        return state.call("UpdateTaskProtection", () -> {
            if (tasks.size() > 10) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_PROTECTION_AT_MOST_TEN));
            }
            if (minutes.exists(m -> m < 1 || m > 2880)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_PROTECTION_EXPIRY));
            }
            return InMemoryClusters.active(state, cluster).map(c -> protections(cluster, tasks, t -> {
                t.protectedUntil = enabled ? Option.of(state.now().plus(java.time.Duration.ofMinutes(minutes.getOrElse(120)))) : Option.none();
                t.version++;
            }));
        });
    }

    @Override
    public Either<EcsError, Descriptions<io.ecskit.domain.task.ProtectedTask>> getProtection(ClusterName cluster, Seq<TaskArn> tasks) {
        return state.call("GetTaskProtection", () -> tasks.size() > 10
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_PROTECTION_AT_MOST_TEN))
                : InMemoryClusters.active(state, cluster).map(c -> protections(cluster, tasks, t -> { })));
    }

    /** Each task's protection after {@code change}; a standalone task is TASK_NOT_VALID, an unknown one MISSING. */
    private Descriptions<io.ecskit.domain.task.ProtectedTask> protections(ClusterName cluster, Seq<TaskArn> tasks,
                                                                          java.util.function.Consumer<TaskState> change) {
        List<io.ecskit.domain.task.ProtectedTask> found = List.empty();
        List<Descriptions.Failure> failures = List.empty();
        for (TaskArn arn : tasks) {
            TaskState t = state.tasks.get(arn.taskId());
            if (t == null || !t.arn.cluster().equals(cluster)) {
                failures = failures.append(Descriptions.Failure.missing(arn.toString()));
            } else if (t.group.forAll(g -> !g.startsWith("service:"))) {
                failures = failures.append(new Descriptions.Failure(arn.toString(), "TASK_NOT_VALID",
                        Option.of("The task is not part of a service; only service tasks can be protected.")));
            } else {
                change.accept(t);
                Instant now = state.now();
                found = found.append(new io.ecskit.domain.task.ProtectedTask(t.arn.toString(), t.isProtected(now),
                        t.protectedUntil.filter(u -> u.isAfter(now))));
            }
        }
        return new Descriptions<>(found, failures);
    }

    /** What ECS answers an agent's state change with. */
    static final String ACK = "ACK";

    @Override
    public Either<EcsError, String> submitTaskStateChange(ClusterName cluster, TaskArn task, TaskStatus status, Option<String> reason) {
        return state.call("SubmitTaskStateChange", () -> reported(cluster, task).map(t -> {
            if (status == TaskStatus.STOPPED) {
                t.requestStop(io.ecskit.domain.task.TaskStopCode.ESSENTIAL_CONTAINER_EXITED,
                        reason.getOrElse("Essential container in task exited"), state.now());
                touchService(t);
            }
            return ACK;
        }));
    }

    @Override
    public Either<EcsError, String> submitContainerStateChange(ClusterName cluster, TaskArn task, String container, TaskStatus status,
                                                               Option<Integer> exitCode, Option<String> reason) {
        return state.call("SubmitContainerStateChange", () -> reported(cluster, task).flatMap(t -> {
            var definition = t.definition.definition().container(container);
            if (definition.isEmpty()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SUBMITTED_CONTAINER_FOUND, container));
            }
            if (status == TaskStatus.STOPPED) {
                t.exitCodes.put(container, exitCode);
                reason.forEach(r -> t.containerReasons.put(container, r));
                if (definition.get().isEssential()) {
                    t.requestStop(io.ecskit.domain.task.TaskStopCode.ESSENTIAL_CONTAINER_EXITED, "Essential container in task exited",
                            state.now());
                    touchService(t);
                }
            }
            return Either.right(ACK);
        }));
    }

    @Override
    public Either<EcsError, String> submitAttachmentStateChanges(ClusterName cluster,
                                                                 io.vavr.collection.Seq<io.ecskit.domain.task.AttachmentStateChange> attachments) {
        return state.call("SubmitAttachmentStateChanges", () -> InMemoryClusters.active(state, cluster).flatMap(c -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            for (TaskState t : state.tasks.values()) {
                if (t.arn.cluster().equals(cluster) && t.awsvpc().exists(v -> !v.subnets().isEmpty())) {
                    known.add(io.ecskit.domain.arn.Arns.format("ecs", state.region, state.account, "attachment/" + t.attachmentId()));
                }
            }
            Option<io.ecskit.domain.task.AttachmentStateChange> unknown = attachments.find(a -> !known.contains(a.attachmentArn()));
            return unknown.isDefined()
                    ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.SUBMITTED_ATTACHMENT_FOUND, unknown.get().attachmentArn()))
                    : Either.right(ACK);
        }));
    }

    private Either<EcsError, TaskState> reported(ClusterName cluster, TaskArn task) {
        return InMemoryClusters.active(state, cluster).flatMap(c -> Option.of(state.tasks.get(task.taskId()))
                .filter(t -> t.arn.cluster().equals(cluster)).toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.TASK_FOUND)));
    }

    private void touchService(TaskState t) {
        if (t.service != null) {
            state.touch(t.service);
        }
    }
}
