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
            case ROLLBACK_SUCCESSFUL -> "Rolled back to the source service revision: " + rollbackReason.getOrElse("");
            case ROLLBACK_FAILED -> rollback.isDefined()
                    ? "The rollback to the source service revision failed: " + rollback.get().rolloutStateReason
                    : "No service revision in COMPLETED state to roll back to: " + rollbackReason.getOrElse("");
            case ROLLBACK_IN_PROGRESS -> "Rolling back: " + rollbackReason.getOrElse("");
            case STOPPED -> stoppedAt.isDefined() ? stopReason : target.rolloutStateReason;
            default -> "Service deployment in progress.";
        };
    }

    private Option<Instant> finishedAt() {
        ServiceDeploymentStatus status = status();
        if (status == ServiceDeploymentStatus.SUCCESSFUL) {
            return Option.of(target.updatedAt);
        }
        if (status == ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL || status == ServiceDeploymentStatus.ROLLBACK_FAILED) {
            return rollbackFailedAt.orElse(rollback.map(r -> r.updatedAt));
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
                .sourceServiceRevisions(sources.map(d -> summary(d, live, 0)))
                .targetServiceRevision(summary(target, live, target.desiredCount))
                .status(status()).statusReason(statusReason())
                .lifecycleStage(isFinished() ? ServiceDeploymentLifecycleStage.CLEAN_UP : ServiceDeploymentLifecycleStage.SCALE_UP)
                .deploymentConfiguration(service.deploymentConfiguration())
                .rollback(rollback.map(r -> Rollback.builder().reason(rollbackReason).startedAt(r.createdAt)
                        .serviceRevisionArn(r.revisionArn).build()))
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreaker.builder().status(monitor)
                        .failureCount(target.failedTasks).threshold(threshold).build())
                .build();
    }

    private static ServiceRevisionSummary summary(DeploymentState d, List<TaskState> live, int requested) {
        List<TaskState> tasks = live.filter(t -> t.startedBy.contains(d.id.value()));
        return ServiceRevisionSummary.builder().arn(d.revisionArn).requestedTaskCount(requested)
                .runningTaskCount(tasks.count(TaskState::isRunning)).pendingTaskCount(tasks.count(TaskState::isPending)).build();
    }
}
