package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.AwslogsOptions;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionComparison;
import io.ecskit.port.in.RunTask;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * {@link RunTask}: register when changed, ensure the awslogs groups, RunTask one task, then DescribeTasks with back-off
 * (2 s growing to 15 s) until it is STOPPED or the deadline passes, reading its log streams on each poll.
 */
public final class RunTaskHandler implements RunTask {

    private final TaskPort tasks;
    private final TaskDefinitionPort taskDefinitions;
    private final LogPort logs;
    private final TimeSource time;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public RunTaskHandler(TaskPort tasks, TaskDefinitionPort taskDefinitions, LogPort logs, TimeSource time) {
        this.tasks = tasks;
        this.taskDefinitions = taskDefinitions;
        this.logs = logs;
        this.time = time;
    }

    @Override
    public Either<EcsError, Outcome> run(Command command, Listener listener) {
        return ServiceSupport.whenValid(command.violations(), () -> definition(command)
                .flatMap(td -> ensureLogGroups(td.definition()).map(ok -> td))
                .flatMap(td -> tasks.run(command.task().toBuilder().taskDefinition(td.taskDefinitionArn().ref()).build())
                        .flatMap(started -> started.found().headOption().toEither(() -> (EcsError) EcsError.ClientError.of(
                                "RunTask started no task: " + started.failures().map(f -> f.reason()
                                        + (f.arn().isEmpty() ? "" : " (" + f.arn() + ")")).mkString("; "))))
                        .flatMap(task -> command.waitForOutcome()
                                ? follow(command, td.definition(), task, listener)
                                : Either.right(new Outcome(Result.NOT_FOLLOWED, task, exits(task, td.definition()), List.empty(),
                                Duration.ZERO)))));
    }

    /** The revision to run: the command's definition registered when it changed, else the one the request names. */
    private Either<EcsError, RegisteredTaskDefinition> definition(Command command) {
        if (command.register().isEmpty()) {
            TaskDefinitionRef ref = command.task().taskDefinition();
            return taskDefinitions.describe(ref).flatMap(found -> found.toEither(() -> (EcsError) EcsError.ClientError.of(
                    "Unable to describe task definition.")));
        }
        TaskDefinition td = command.register().get();
        return taskDefinitions.describe(TaskDefinitionRef.latest(td.family())).flatMap(latest -> latest
                .filter(r -> TaskDefinitionComparison.sameAs(r.definition(), td))
                .map(Either::<EcsError, RegisteredTaskDefinition>right)
                .getOrElse(() -> ServiceSupport.writeOrFind(() -> taskDefinitions.register(td),
                        () -> taskDefinitions.describe(TaskDefinitionRef.latest(td.family()))
                                .map(l -> l.filter(r -> TaskDefinitionComparison.sameAs(r.definition(), td))))));
    }

    /** The awslogs groups the containers write to, created when missing without awslogs-create-group (else the task cannot start). */
    private Either<EcsError, Boolean> ensureLogGroups(TaskDefinition td) {
        Seq<LogGroupName> groups = td.containerDefinitions().flatMap(c -> c.logConfiguration().flatMap(l -> l.awslogs()))
                .filter(a -> !a.createGroup().contains("true")).flatMap(AwslogsOptions::group).distinct().map(LogGroupName::new);
        Either<EcsError, Boolean> done = Either.right(true);
        for (LogGroupName group : groups) {
            done = done.flatMap(ok -> logs.describeGroup(group)).flatMap(found -> found.isDefined() ? Either.right(true)
                    : logs.createGroup(group, Option.none()).map(g -> true)
                    // created meanwhile by someone else: what matters is that it exists
                    .orElse(() -> logs.describeGroup(group).flatMap(again -> again.isDefined() ? Either.right(true)
                            : Either.left(EcsError.ClientError.of("log group " + group.value() + " could not be created")))));
        }
        return done;
    }

    private Either<EcsError, Outcome> follow(Command command, TaskDefinition td, Task started, Listener listener) {
        ClusterName cluster = command.cluster();
        TaskArn arn = started.taskArn();
        Instant start = time.now();
        Instant deadline = start.plus(command.timeout());
        Backoff backoff = new Backoff();
        Seq<Tuple2<LogGroupName, String>> streams = streams(td, arn.taskId());
        // logs are read from a little before the start: the clocks of ECS and of the caller differ
        Instant logsFrom = started.createdAt().getOrElse(start).minusSeconds(60);
        List<LogEvent> seen = List.empty();
        Task last = started;
        while (true) {
            Either<EcsError, Option<Task>> described = tasks.describe(cluster, List.of(arn)).map(d -> d.found().headOption());
            if (described.isLeft()) {
                return Either.left(described.getLeft());
            }
            last = described.get().getOrElse(last);
            Either<EcsError, Seq<LogEvent>> read = read(streams, logsFrom, readUntil(last));
            if (read.isLeft()) {
                return Either.left(read.getLeft());
            }
            Seq<LogEvent> fresh = unseen(read.get(), seen);
            seen = seen.appendAll(fresh);
            Duration elapsed = Duration.between(start, time.now());
            listener.onProgress(new Progress(arn, last.lastStatus(), fresh, elapsed));
            if (last.lastStatus() == TaskStatus.STOPPED) {
                Seq<ContainerExit> exits = exits(last, td);
                boolean succeeded = exits.filter(ContainerExit::essential).forAll(e -> e.exitCode().contains(0))
                        && exits.exists(ContainerExit::essential);
                return Either.right(new Outcome(succeeded ? Result.SUCCEEDED : Result.FAILED, last, exits, seen, elapsed));
            }
            if (!time.now().isBefore(deadline)) {
                return Either.right(new Outcome(Result.TIMED_OUT, last, exits(last, td), seen, elapsed));
            }
            if (!backoff.pause(time, deadline)) {
                return Either.right(new Outcome(Result.TIMED_OUT, last, exits(last, td), seen, Duration.between(start, time.now())));
            }
        }
    }

    /**
     * Up to when to read the task's logs: past the latest instant ECS reported for the task, in ECS's own clock — which
     * may run ahead of ours (an emulator with a fast clock) — or past our now, whichever is later.
     */
    private Instant readUntil(Task task) {
        Instant latest = List.of(task.createdAt(), task.startedAt(), task.stoppingAt(), task.stoppedAt(), task.executionStoppedAt())
                .flatMap(o -> o).fold(time.now(), (a, b) -> a.isAfter(b) ? a : b);
        return latest.plusSeconds(300);
    }

    /** The task's awslogs streams: {@code prefix/container/taskId} in each container's group. */
    private static Seq<Tuple2<LogGroupName, String>> streams(TaskDefinition td, String taskId) {
        return td.containerDefinitions().flatMap(c -> c.logConfiguration().flatMap(l -> l.awslogs())
                .flatMap(a -> a.group().flatMap(g -> a.streamName(c.name().getOrElse(""), taskId)
                        .map(s -> Tuple.of(new LogGroupName(g), s)))));
    }

    /** Every event of the task's streams so far, oldest first (one container's lines keep their order). */
    private Either<EcsError, Seq<LogEvent>> read(Seq<Tuple2<LogGroupName, String>> streams, Instant from, Instant to) {
        Either<EcsError, Seq<LogEvent>> all = Either.right(List.empty());
        for (Tuple2<LogGroupName, String> stream : streams) {
            all = all.flatMap(sofar -> logs.events(stream._1, Option.of(stream._2), from, to)
                    // a group the task creates itself (awslogs-create-group) exists once a container started
                    .orElse(() -> logs.describeGroup(stream._1).flatMap(found -> found.isDefined()
                            ? logs.events(stream._1, Option.of(stream._2), from, to) : Either.right(List.empty())))
                    .map(sofar::appendAll));
        }
        return all.map(events -> events.sortBy(LogEvent::timestamp));
    }

    /** The events of {@code read} not among {@code seen} (each seen event once: a line written twice counts twice). */
    private static Seq<LogEvent> unseen(Seq<LogEvent> read, Seq<LogEvent> seen) {
        java.util.Map<LogEvent, Integer> left = new java.util.HashMap<>();
        seen.forEach(e -> left.merge(e, 1, Integer::sum));
        return read.filter(e -> {
            Integer n = left.get(e);
            if (n == null) {
                return true;
            }
            if (n == 1) {
                left.remove(e);
            } else {
                left.put(e, n - 1);
            }
            return false;
        });
    }

    private static Seq<ContainerExit> exits(Task task, TaskDefinition definition) {
        return List.ofAll(task.containers()).map(c -> new ContainerExit(c.name().getOrElse(""),
                definition.containerDefinitions().find(d -> d.name().equals(c.name())).forAll(d -> d.isEssential()),
                c.exitCode(), c.reason()));
    }
}
