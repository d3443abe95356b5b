package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * A one-off task, such as a database migration: RunTask, wait until the task stops, and answer how it ended — each
 * container's exit code, ECS's stop code and reason, and the log lines its awslogs containers wrote. Like
 * {@code ecs-deploy run} and {@code ecspresso run}, without the AWS SDK's TasksStopped waiter's 10-minute cap: it
 * waits as long as {@link Command#timeout()} says.
 * <p>
 * Errors: {@code Invalid} (every problem of the command at once; nothing run), ClusterNotFound, and what RunTask
 * answers (InvalidParameterException for an unknown container in the overrides, overrides over 8192 characters, an
 * INACTIVE revision, a missing network; ClientError with ECS's failure reason, e.g. RESOURCE:CPU, when no task started).
 */
public interface RunTask {

    /** How long {@link Command} waits for the task to stop unless told otherwise: 30 minutes, like a deploy. */
    Duration DEFAULT_TIMEOUT = DeployService.DEFAULT_TIMEOUT;

    /**
     * Registers the definition when the command carries one that differs from its family's latest ACTIVE revision,
     * creates its missing awslogs log groups, starts one task, and follows it until it stops or the timeout passes.
     *
     * @param listener hears each poll: the task's status and the log lines written since the last poll
     * @return how the task ended (or that it was still running at the deadline)
     */
    Either<EcsError, Outcome> run(Command command, Listener listener);

    /**
     * What to run.
     *
     * @param register a task definition to register first (only when it differs from the family's latest ACTIVE
     *     revision); when present, {@code task}'s taskDefinition is replaced by the revision it becomes
     * @param task RunTask's request: cluster, definition, launch type or capacity provider strategy, network,
     *     overrides, startedBy, tags; {@code count} must be 1 (absent means 1)
     * @param timeout how long to wait for the task to stop; the task keeps running past it
     * @param waitForOutcome whether to wait at all: when false the outcome is {@link Result#NOT_FOLLOWED}
     */
    record Command(Option<TaskDefinition> register, RunTaskSpec task, Duration timeout, boolean waitForOutcome) {

        /** @throws NullPointerException when any part is null */
        public Command {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** Runs {@code task} as RunTask takes it (its definition already registered), waiting at most 30 minutes. */
        public static Command of(RunTaskSpec task) {
            return new Command(Option.none(), task, DEFAULT_TIMEOUT, true);
        }

        /**
         * Registers {@code definition} when it changed, then runs one task of it with {@code task}'s other settings
         * (its {@code taskDefinition} is ignored; use {@code TaskDefinitionRef.latest(family)}).
         */
        public static Command registering(TaskDefinition definition, RunTaskSpec task) {
            return new Command(Option.of(definition), task, DEFAULT_TIMEOUT, true);
        }

        /** How long to wait for the task to stop. */
        public Command withTimeout(Duration timeout) {
            return new Command(register, task, timeout, waitForOutcome);
        }

        /** Starts the task and answers at once ({@link Result#NOT_FOLLOWED}). */
        public Command withoutWaiting() {
            return new Command(register, task, timeout, false);
        }

        /** The task's cluster: {@code default} when the request names none, as ECS does. */
        public ClusterName cluster() {
            return task.cluster().getOrElse(ClusterName.DEFAULT);
        }

        /** Every problem that needs no AWS call; the handler answers {@code EcsError.Invalid} with all of them. */
        public Seq<Violation> violations() {
            Seq<Violation> found = CommandChecks.timeout(timeout);
            if (task.count().exists(c -> c != 1)) {
                found = found.append(Violation.invalidParameter("count",
                        "count must be 1 for a one-off task, but was " + task.count().get() + " (use api().tasks().run for several)."));
            }
            if (register.exists(td -> td.family().isBlank())) {
                found = found.append(Violation.client("register.family", "Family must not be blank."));
            }
            return found;
        }
    }

    /** How the task ended. */
    enum Result {
        /** It stopped and every essential container exited with 0. */
        SUCCEEDED,
        /** It stopped otherwise: an essential container exited with another code or none, it failed to start, or it was stopped. */
        FAILED,
        /** It had not stopped when the timeout passed; it is still running. */
        TIMED_OUT,
        /** Started without waiting ({@link Command#withoutWaiting()}). */
        NOT_FOLLOWED
    }

    /**
     * One container's end.
     *
     * @param name the container's name
     * @param essential whether its exit stops the task
     * @param exitCode the exit code, when it exited by itself (none when it never started or was stopped without one)
     * @param reason ECS's reason for the container, e.g. CannotPullContainerError
     */
    record ContainerExit(String name, boolean essential, Option<Integer> exitCode, Option<String> reason) {
    }

    /**
     * What a one-off task did.
     *
     * @param result how it ended
     * @param task the task as last described (STOPPED unless TIMED_OUT or NOT_FOLLOWED)
     * @param containers each container's exit, in the task definition's order
     * @param logs every line its awslogs containers wrote, oldest first
     * @param elapsed how long the use case waited, in the backend's time (virtual in memory)
     */
    record Outcome(Result result, Task task, Seq<ContainerExit> containers, Seq<LogEvent> logs, Duration elapsed) {

        /** The task's ARN. */
        public TaskArn taskArn() {
            return task.taskArn();
        }

        /** ECS's stop code (EssentialContainerExited, TaskFailedToStart, UserInitiated, ...), once stopped. */
        public Option<TaskStopCode> stopCode() {
            return task.stopCode();
        }

        /** ECS's stoppedReason, once stopped, e.g. "Essential container in task exited". */
        public Option<String> stoppedReason() {
            return task.stoppedReason();
        }

        /**
         * The exit code a command-line tool should pass on: the first essential container's that has one
         * ({@code ecs-deploy run} and {@code ecspresso run} do the same), none when no essential container exited.
         */
        public Option<Integer> exitCode() {
            return containers.filter(ContainerExit::essential).flatMap(ContainerExit::exitCode).headOption();
        }
    }

    /**
     * What each poll saw.
     *
     * @param task the task's ARN
     * @param lastStatus its status (PROVISIONING ... RUNNING ... STOPPED)
     * @param newLogs log lines written since the previous poll
     * @param elapsed time waited so far, in the backend's time
     */
    record Progress(TaskArn task, TaskStatus lastStatus, Seq<LogEvent> newLogs, Duration elapsed) {
    }

    /** Hears each poll of a one-off task. */
    @FunctionalInterface
    interface Listener {
        /** Hears nothing. */
        Listener NONE = progress -> { };

        /** Called after each poll, in order. */
        void onProgress(Progress progress);
    }
}
