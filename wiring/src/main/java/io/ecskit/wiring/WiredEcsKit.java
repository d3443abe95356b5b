package io.ecskit.wiring;

import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.port.EcsApi;
import io.ecskit.port.EcsKit;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@link EcsKit} over one backend's use cases and ports, written once for every backend: each
 * backend's kit extends it with its own construction and extras (the in-memory simulator, the
 * AWS call log) and keeps its Dagger component private.
 */
public abstract class WiredEcsKit implements EcsKit {

    /**
     * One INFO line per use case a kit ran, on logger {@code io.ecskit.usecase}: what it was asked (cluster/service),
     * how it ended (the outcome, or the error's code and message). The AWS calls under it are on {@code io.ecskit.aws}.
     * No request content is logged.
     */
    static final Logger LOG = LoggerFactory.getLogger("io.ecskit.usecase");

    private final UseCases useCases;
    private final EcsApi api;

    /**
     * The kit over these.
     *
     * @param useCases the backend's use cases
     * @param api the backend's ports
     */
    protected WiredEcsKit(UseCases useCases, EcsApi api) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public final EcsApi api() {
        return api;
    }

    @Override
    public final Either<EcsError, DeploymentOutcome> deploy(DeployService.Command command, DeploymentProgress.Listener listener) {
        return logged("deploy " + command.cluster() + "/" + command.service().serviceName(), useCases.deploy.deploy(command, listener),
                WiredEcsKit::outcome);
    }

    @Override
    public final Either<EcsError, DeploymentOutcome> redeploy(RedeployService.Command command, DeploymentProgress.Listener listener) {
        return logged("redeploy " + command.cluster() + "/" + command.service(), useCases.redeploy.redeploy(command, listener),
                WiredEcsKit::outcome);
    }

    @Override
    public final Either<EcsError, DeploymentOutcome> scale(ScaleService.Command command, DeploymentProgress.Listener listener) {
        return logged("scale " + command.cluster() + "/" + command.service() + " to " + command.desiredCount(),
                useCases.scale.scale(command, listener), WiredEcsKit::outcome);
    }

    @Override
    public final Either<EcsError, DeploymentOutcome> rollback(RollbackService.Command command, DeploymentProgress.Listener listener) {
        return logged("rollback " + command.cluster() + "/" + command.service(), useCases.rollback.rollback(command, listener),
                WiredEcsKit::outcome);
    }

    @Override
    public final Either<EcsError, RunTask.Outcome> runTask(RunTask.Command command, RunTask.Listener listener) {
        return logged("run task of " + command.register().map(td -> td.family()).getOrElse(() -> command.task().taskDefinition().toString())
                        + " in " + command.cluster(), useCases.runTask.run(command, listener),
                outcome -> outcome.result() + " " + outcome.taskArn().taskId() + outcome.exitCode().map(c -> " exit " + c).getOrElse(""));
    }

    @Override
    public final Either<EcsError, CleanUp.Report> cleanUp(CleanUp.Command command, DeploymentProgress.Listener listener) {
        return logged("clean up " + command.cluster(), useCases.cleanUp.cleanUp(command, listener),
                report -> report.steps().mkString(", "));
    }

    @Override
    public final Either<EcsError, PushedImage> pushImage(PushImage.Command command, Consumer<PushProgress> progress) {
        return logged("push " + command.repository() + ":" + command.tag(), useCases.pushImage.push(command, progress),
                pushed -> pushed.byDigest().toString());
    }

    @Override
    public final Either<EcsError, Seq<LogEvent>> readLogs(ReadLogs.Query query, Duration window) {
        // the end is exclusive: an event written at this very instant belongs to the window
        return useCases.readLogs.now(query).flatMap(now -> useCases.readLogs.read(query, now.minus(window), now.plusMillis(1)));
    }

    @Override
    public final Either<EcsError, Seq<LogEvent>> readLogs(ReadLogs.Query query, Instant from, Instant to) {
        return useCases.readLogs.read(query, from, to);
    }

    @Override
    public final Either<EcsError, Integer> followLogs(ReadLogs.Query query, Duration since, Duration maxPause,
                                                      BooleanSupplier stop, Consumer<LogEvent> sink) {
        return useCases.readLogs.now(query).flatMap(now -> useCases.readLogs.follow(query, now.minus(since), maxPause, stop, sink));
    }

    @Override
    public final Either<EcsError, Integer> followLogs(ReadLogs.Query query, Instant from, Duration maxPause,
                                                      BooleanSupplier stop, Consumer<LogEvent> sink) {
        return useCases.readLogs.follow(query, from, maxPause, stop, sink);
    }

    @Override
    public final Either<EcsError, LogGroup> ensureLogGroup(LogGroupName group, Option<RetentionDays> retention) {
        return useCases.readLogs.ensureGroup(group, retention);
    }

    @Override
    public final Either<EcsError, Seq<TaskDefinitionDiff.Change>> diff(DiffTaskDefinition.Command command) {
        return useCases.diff.diff(command);
    }

    @Override
    public final InspectEcs inspect() {
        return useCases.inspect;
    }

    private static String outcome(DeploymentOutcome outcome) {
        return outcome.result() + " (deployment " + outcome.deploymentId()
                + outcome.taskDefinition().map(td -> ", " + td).getOrElse("")
                + (outcome.registeredNewRevision() ? ", new revision" : "") + ", followed " + outcome.waited().toMillis() / 1000.0 + " s)";
    }

    private static <T> Either<EcsError, T> logged(String what, Either<EcsError, T> answer, Function<T, String> describe) {
        if (LOG.isInfoEnabled()) {
            answer.peek(value -> LOG.info("{}: {}", what, describe.apply(value)))
                    .peekLeft(error -> LOG.info("{}: {} {}", what, error.code(), error.message()));
        }
        return answer;
    }
}
