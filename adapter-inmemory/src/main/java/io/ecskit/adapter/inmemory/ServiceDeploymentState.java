package io.ecskit.adapter.inmemory;

import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.Rollback;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentBrief;
import io.ecskit.domain.service.ServiceDeploymentCircuitBreaker;
import io.ecskit.domain.service.ServiceDeploymentLifecycleStage;
import io.ecskit.domain.service.ServiceDeploymentRollbackMonitorsStatus;
import io.ecskit.domain.service.ServiceDeploymentStatus;
import io.ecskit.domain.service.ServiceRevisionSummary;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * One service deployment as ECS keeps it (ListServiceDeployments, DescribeServiceDeployments):
 * the deployment it started, the ones it replaces, and, once the circuit breaker or
 * StopServiceDeployment rolled it back, the deployment that returns to the source revision. Its
 * status is read from those deployments, so it can never disagree with DescribeServices.
 * Mutable, guarded by the state lock.
 */
final class ServiceDeploymentState {

    final String arn;
    final ServiceState service;
    final DeploymentState target;
    final List<DeploymentState> sources;
    final Instant createdAt;
    Option<DeploymentState> rollback = Option.none();
    Option<String> rollbackReason = Option.none();
    /** A rollback was asked for with no COMPLETED revision to return to. */
    Option<Instant> rollbackFailedAt = Option.none();
    // ---- BLUE_GREEN, LINEAR, CANARY (TrafficShift drives these) --------------------------------
    Option<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> stage = Option.none();
    Instant stageSince;
    /** When production traffic last moved (LINEAR steps, CANARY's canary). */
    Instant weightSince;
    double productionWeight;
    double testWeight;
    /** Stages passed, in order, with when each began: what the deploy use case reports. */
    final java.util.List<java.util.Map.Entry<io.ecskit.domain.service.ServiceDeploymentLifecycleStage, Instant>> stages = new java.util.ArrayList<>();
    /** Lifecycle hook invocations, by hook id. */
    final java.util.Map<String, HookRun> hooks = new java.util.LinkedHashMap<>();
    /** A traffic rollback (blue never left): done once the green tasks are gone. */
    boolean trafficRollback;
    /** Alarms that fired during the deployment. */
    List<String> triggeredAlarms = List.empty();
    Option<Instant> rollbackFinishedAt = Option.none();

    /** One lifecycle hook's run at one stage. */
    static final class HookRun {
        final String hookId;
        final io.ecskit.domain.service.DeploymentLifecycleHook hook;
        final io.ecskit.domain.service.DeploymentLifecycleHookStage stage;
        final Instant startedAt;
        io.ecskit.domain.service.DeploymentLifecycleHookStatus status = io.ecskit.domain.service.DeploymentLifecycleHookStatus.IN_PROGRESS;
        Option<Instant> expiresAt = Option.none();

        HookRun(String hookId, io.ecskit.domain.service.DeploymentLifecycleHook hook, io.ecskit.domain.service.DeploymentLifecycleHookStage stage,
                Instant startedAt) {
            this.hookId = hookId;
            this.hook = hook;
            this.stage = stage;
            this.startedAt = startedAt;
        }

        io.ecskit.domain.service.DeploymentLifecycleHookAction timeoutAction() {
            return hook.timeoutConfiguration().flatMap(t -> t.action()).getOrElse(io.ecskit.domain.service.DeploymentLifecycleHookAction.ROLLBACK);
        }

        io.ecskit.domain.service.DeploymentLifecycleHookDetail detail() {
            return io.ecskit.domain.service.DeploymentLifecycleHookDetail.builder().hookId(hookId).targetType(hook.targetType())
                    .targetArn(hook.hookTargetArn()).status(status).expiresAt(expiresAt).timeoutAction(timeoutAction()).build();
        }
    }

    /** Replaced by a newer deployment, or stopped by StopServiceDeployment ABORT. */
    Option<Instant> stoppedAt = Option.none();
    String stopReason = "";

    ServiceDeploymentState(String arn, ServiceState service, DeploymentState target, List<DeploymentState> sources, Instant now) {
        this.arn = arn;
        this.service = service;
        this.target = target;
        this.sources = sources;
        this.createdAt = now;
    }

    boolean isFinished() {
        ServiceDeploymentStatus status = status();
        return status != ServiceDeploymentStatus.IN_PROGRESS && status != ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS
                && status != ServiceDeploymentStatus.PENDING;
    }

    ServiceDeploymentStatus status() {
        if (rollbackFailedAt.isDefined()) {
            return ServiceDeploymentStatus.ROLLBACK_FAILED;
        }
        if (trafficRollback) {
            return rollbackFinishedAt.isDefined() ? ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL : ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS;
        }
        if (rollback.isDefined()) {
            return switch (rollback.get().rolloutState) {
                case COMPLETED -> ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL;
                case FAILED -> ServiceDeploymentStatus.ROLLBACK_FAILED;
                case IN_PROGRESS -> ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS;
            };
        }
        if (target.rolloutState == DeploymentRolloutState.COMPLETED) {
            return ServiceDeploymentStatus.SUCCESSFUL;
        }
        if (stoppedAt.isDefined() || target.rolloutState == DeploymentRolloutState.FAILED) {
            return ServiceDeploymentStatus.STOPPED;
        }
        return ServiceDeploymentStatus.IN_PROGRESS;
    }

    String statusReason() {
        return switch (status()) {
            case SUCCESSFUL -> "Service deployment completed successfully.";
            case ROLLBACK_FAILED -> rollback.isDefined()
                    ? "The rollback to the source service revision failed: " + rollback.get().rolloutStateReason
                    : "No service revision in COMPLETED state to roll back to: " + rollbackReason.getOrElse("");
            case STOPPED -> stoppedAt.isDefined() ? stopReason : target.rolloutStateReason;
            case ROLLBACK_SUCCESSFUL, ROLLBACK_IN_PROGRESS -> (status() == ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL
                    ? "Rolled back to the source service revision: " : "Rolling back: ") + rollbackReason.getOrElse("");
            default -> "Service deployment in progress.";
        };
    }

    private Option<Instant> finishedAt() {
        ServiceDeploymentStatus status = status();
        if (status == ServiceDeploymentStatus.SUCCESSFUL) {
            return Option.of(target.updatedAt);
        }
        if (status == ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL || status == ServiceDeploymentStatus.ROLLBACK_FAILED) {
            return rollbackFailedAt.orElse(rollbackFinishedAt).orElse(rollback.map(r -> r.updatedAt));
        }
        return status == ServiceDeploymentStatus.STOPPED ? stoppedAt.orElse(Option.of(target.updatedAt)) : Option.none();
    }

    ServiceDeploymentBrief brief() {
        return ServiceDeploymentBrief.builder().serviceDeploymentArn(arn).serviceArn(service.arn.toString())
                .clusterArn(service.arn.clusterArn().toString()).createdAt(createdAt).startedAt(createdAt).finishedAt(finishedAt())
                .targetServiceRevisionArn(target.revisionArn).status(status()).statusReason(statusReason()).build();
    }

    ServiceDeployment view(List<TaskState> live) {
        int threshold = service.deploymentConfiguration().deploymentCircuitBreaker()
                .map(b -> b.failureThresholdFor(service.desiredCount())).getOrElse(0);
        boolean breakerOn = service.deploymentConfiguration().deploymentCircuitBreaker().exists(b -> b.enable());
        ServiceDeploymentRollbackMonitorsStatus monitor = !breakerOn ? ServiceDeploymentRollbackMonitorsStatus.DISABLED
                : target.rolloutState == DeploymentRolloutState.FAILED ? ServiceDeploymentRollbackMonitorsStatus.TRIGGERED
                : isFinished() ? ServiceDeploymentRollbackMonitorsStatus.MONITORING_COMPLETE : ServiceDeploymentRollbackMonitorsStatus.MONITORING;
        return ServiceDeployment.builder().serviceDeploymentArn(arn).serviceArn(service.arn.toString())
                .clusterArn(service.arn.clusterArn().toString()).createdAt(createdAt).startedAt(createdAt).finishedAt(finishedAt())
                .stoppedAt(stoppedAt).updatedAt(rollback.map(r -> r.updatedAt).getOrElse(target.updatedAt))
                .sourceServiceRevisions(sources.map(d -> weighted(summary(d, live, 0), 100.0 - productionWeight, 100.0 - testWeight)))
                .targetServiceRevision(weighted(summary(target, live, target.desiredCount), productionWeight, testWeight))
                .status(status()).statusReason(statusReason())
                .lifecycleStage(stage.orElse(Option.of(isFinished() ? ServiceDeploymentLifecycleStage.CLEAN_UP : ServiceDeploymentLifecycleStage.SCALE_UP)))
                .lifecycleHookDetails(List.ofAll(hooks.values()).map(HookRun::detail))
                .deploymentConfiguration(service.deploymentConfiguration())
                .rollback(rollback.map(r -> Rollback.builder().reason(rollbackReason).startedAt(r.createdAt)
                        .serviceRevisionArn(r.revisionArn).build()))
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreaker.builder().status(monitor)
                        .failureCount(target.failedTasks).threshold(threshold).build())
                .alarms(target.settings.deploymentConfiguration().flatMap(c -> c.alarms()).map(a -> io.ecskit.domain.service.ServiceDeploymentAlarms
                        .builder().alarmNames(a.alarmNames()).triggeredAlarmNames(triggeredAlarms)
                        .status(!a.enable() ? ServiceDeploymentRollbackMonitorsStatus.DISABLED
                                : !triggeredAlarms.isEmpty() ? ServiceDeploymentRollbackMonitorsStatus.TRIGGERED
                                : isFinished() ? ServiceDeploymentRollbackMonitorsStatus.MONITORING_COMPLETE
                                : ServiceDeploymentRollbackMonitorsStatus.MONITORING).build()))
                .build();
    }

    /** Traffic weights exist for the strategies that shift traffic; a rolling deployment has none. */
    private ServiceRevisionSummary weighted(ServiceRevisionSummary summary, double production, double test) {
        return stage.isEmpty() ? summary : summary.toBuilder().requestedProductionTrafficWeight(production)
                .requestedTestTrafficWeight(test).build();
    }

    private static ServiceRevisionSummary summary(DeploymentState d, List<TaskState> live, int requested) {
        List<TaskState> tasks = live.filter(t -> t.startedBy.contains(d.id.value()));
        return ServiceRevisionSummary.builder().arn(d.revisionArn).requestedTaskCount(requested)
                .runningTaskCount(tasks.count(TaskState::isRunning)).pendingTaskCount(tasks.count(TaskState::isPending)).build();
    }
}
