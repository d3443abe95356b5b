package io.ecskit.port;

import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.in.InspectEcs;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.RunTask;
import io.ecskit.port.in.ScaleService;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * ecskit's entry point, the same whether the backend is AWS ({@code AwsEcsKit.builder()...build()})
 * or the in-memory ECS ({@code InMemoryEcsKit.create()}): the use cases at the top, each validating
 * everything it can before the first call and answering {@code Either<EcsError, T>}; the
 * one-call-per-operation API under {@link #api()}. Close it to release its clients.
 * <pre>{@code
 * try (EcsKit ecs = InMemoryEcsKit.create()) {
 *     DeploymentOutcome outcome = EcsError.getOrThrow(DeployService.Command.builder()
 *             .taskDefinition(taskDefinition).cluster("apps").service("web").desiredCount(2)
 *             .subnets("subnet-8f0fdfc5").securityGroups("sg-0c7754adb2c02617b")
 *             .build().flatMap(ecs::deploy));
 * }
 * }</pre>
 * Errors every use case can answer besides its own: {@link EcsError.Invalid} (every problem found
 * before anything was sent; nothing created), {@link EcsError.Throttled} once the kit's throttling
 * budget is spent, {@link EcsError.AccessDenied}, {@link EcsError.NoCredentials}, {@link EcsError.Unavailable}
 * and {@link EcsError.EndpointUnreachable}; {@link EcsError#isRetryable()} tells which are worth another try.
 */
public interface EcsKit extends AutoCloseable {

    /** The AWS region code the kit works in, e.g. {@code us-east-1}. */
    String region();

    /**
     * The 12-digit AWS account id the kit's ARNs and ECR registry belong to.
     *
     * @throws io.ecskit.domain.error.EcsException on AWS, when the account is not configured and asking for it fails
     */
    String accountId();

    /** One call per operation (ECS, ECR, CloudWatch Logs), grouped by resource; these do not pre-validate. */
    EcsApi api();

    /**
     * Deploys a service and follows the deployment it started to an outcome (see {@link DeployService}):
     * validates everything, ensures the cluster and awslogs log groups, registers a revision only when the
     * task definition changed, creates or updates the service.
     *
     * @param command what to deploy where, e.g. from {@link DeployService.Command#builder()}
     * @param listener hears each poll's progress (tasks running, rollout state, stage, traffic)
     * @return the outcome (SUCCEEDED, FAILED, ROLLED_BACK, SUPERSEDED, TIMED_OUT or NOT_FOLLOWED; a first deploy that
     *     fails has nothing to roll back to and is FAILED), or the first error
     *     (ClusterNotFound, ServiceNotActive, InvalidParameter, ClientError, ...)
     */
    Either<EcsError, DeploymentOutcome> deploy(DeployService.Command command, DeploymentProgress.Listener listener);

    /** {@link #deploy(DeployService.Command, DeploymentProgress.Listener)} without progress. */
    default Either<EcsError, DeploymentOutcome> deploy(DeployService.Command command) {
        return deploy(command, DeploymentProgress.Listener.NONE);
    }

    /** Deploys a new image and/or environment on top of what the service runs now (see {@link RedeployService}). */
    Either<EcsError, DeploymentOutcome> redeploy(RedeployService.Command command, DeploymentProgress.Listener listener);

    /** {@link #redeploy(RedeployService.Command, DeploymentProgress.Listener)} without progress. */
    default Either<EcsError, DeploymentOutcome> redeploy(RedeployService.Command command) {
        return redeploy(command, DeploymentProgress.Listener.NONE);
    }

    /** Changes the desired count (no new deployment) and waits until that many tasks run; ServiceNotFound when there is no such service. */
    Either<EcsError, DeploymentOutcome> scale(ScaleService.Command command, DeploymentProgress.Listener listener);

    /** {@link #scale(ScaleService.Command, DeploymentProgress.Listener)} without progress. */
    default Either<EcsError, DeploymentOutcome> scale(ScaleService.Command command) {
        return scale(command, DeploymentProgress.Listener.NONE);
    }

    /** Rolls the service back to the revision that last completed before the current one (see {@link RollbackService}). */
    Either<EcsError, DeploymentOutcome> rollback(RollbackService.Command command, DeploymentProgress.Listener listener);

    /** {@link #rollback(RollbackService.Command, DeploymentProgress.Listener)} without progress. */
    default Either<EcsError, DeploymentOutcome> rollback(RollbackService.Command command) {
        return rollback(command, DeploymentProgress.Listener.NONE);
    }

    /**
     * Runs a one-off task (a migration, a batch job) and waits until it stops (see {@link RunTask}): registers the
     * definition when the command carries a changed one, creates missing awslogs groups, RunTask, then follows the
     * task with back-off for as long as the command's timeout says (30 minutes by default; no 10-minute cap).
     * <pre>{@code
     * RunTask.Outcome migration = EcsError.getOrThrow(ecs.runTask(RunTask.Command.of(RunTaskSpec.fargate(cluster,
     *         TaskDefinitionRef.latest("app"), network).toBuilder().overrides(TaskOverride.builder()
     *         .addContainerOverrides(ContainerOverride.builder().name("app").addCommand("rails", "db:migrate").build())
     *         .build()).build())));
     * System.exit(migration.exitCode().getOrElse(1));
     * }</pre>
     *
     * @param listener hears each poll: the task's status and its new log lines
     * @return the outcome: SUCCEEDED (every essential container exited 0), FAILED, TIMED_OUT (still running) or
     *     NOT_FOLLOWED; each container's exit code, the stop code and reason, and the log lines the task wrote
     */
    Either<EcsError, RunTask.Outcome> runTask(RunTask.Command command, RunTask.Listener listener);

    /** {@link #runTask(RunTask.Command, RunTask.Listener)} without progress. */
    default Either<EcsError, RunTask.Outcome> runTask(RunTask.Command command) {
        return runTask(command, RunTask.Listener.NONE);
    }

    /**
     * The seed's clean-up: scale to 0, wait for the tasks to stop, delete the services, deregister container
     * instances, delete the cluster; optionally a family's revisions, log groups and an ECR repository. What is
     * already gone counts as done, so a clean-up can be re-run after any failure.
     *
     * @param listener hears how many tasks still run while a service drains
     * @return what was done, by resource
     */
    Either<EcsError, CleanUp.Report> cleanUp(CleanUp.Command command, DeploymentProgress.Listener listener);

    /** {@link #cleanUp(CleanUp.Command, DeploymentProgress.Listener)} without progress. */
    default Either<EcsError, CleanUp.Report> cleanUp(CleanUp.Command command) {
        return cleanUp(command, DeploymentProgress.Listener.NONE);
    }

    /**
     * Pushes or copies an image into ECR without a Docker daemon (see {@link PushImage}): ensures the repository,
     * authorizes, refuses an existing tag in an IMMUTABLE repository (ImageTagAlreadyExists).
     *
     * @param progress hears each layer and the manifest as they go
     * @return the pushed image's URI and digest
     */
    Either<EcsError, PushedImage> pushImage(PushImage.Command command, Consumer<PushProgress> progress);

    /** {@link #pushImage(PushImage.Command, Consumer)} without progress. */
    default Either<EcsError, PushedImage> pushImage(PushImage.Command command) {
        return pushImage(command, progress -> { });
    }

    /**
     * The service's container log events of the last {@code window}, measured back from the backend's own now
     * (the virtual clock in memory, so a window read there is never empty by mistake; through the AWS adapter, the newest
     * event's time when a simulated backend's clock runs ahead of this machine's), oldest first.
     */
    Either<EcsError, Seq<LogEvent>> readLogs(ReadLogs.Query query, Duration window);

    /** The service's container log events with {@code from <= timestamp < to}, oldest first. */
    Either<EcsError, Seq<LogEvent>> readLogs(ReadLogs.Query query, Instant from, Instant to);

    /**
     * Follows the service's logs from {@code since} before the backend's now, polling with back-off of at most
     * {@code maxPause}, handing each new event to {@code sink} in order until {@code stop} answers true.
     *
     * @return how many events were handed over
     */
    Either<EcsError, Integer> followLogs(ReadLogs.Query query, Duration since, Duration maxPause, BooleanSupplier stop,
                                         Consumer<LogEvent> sink);

    /** {@link #followLogs(ReadLogs.Query, Duration, Duration, BooleanSupplier, Consumer)} from an instant on. */
    Either<EcsError, Integer> followLogs(ReadLogs.Query query, Instant from, Duration maxPause, BooleanSupplier stop,
                                         Consumer<LogEvent> sink);

    /** The log group exists afterwards, with this retention (CreateLogGroup and PutRetentionPolicy only where needed). */
    Either<EcsError, LogGroup> ensureLogGroup(LogGroupName group, Option<RetentionDays> retention);

    /** What deploying would change, field by field, live → desired (see {@link DiffTaskDefinition}). */
    Either<EcsError, Seq<TaskDefinitionDiff.Change>> diff(DiffTaskDefinition.Command command);

    /** Read-only views: families and revisions, services, a service's tasks with why they stopped. */
    InspectEcs inspect();

    /** Releases the kit's clients (nothing on the in-memory backend). */
    @Override
    void close();
}
