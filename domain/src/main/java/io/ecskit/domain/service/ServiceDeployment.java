package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One deployment of a service, from its source revisions to its target revision (DescribeServiceDeployments; Oct 2024 API).
 *
 * @param serviceDeploymentArn ARN of the service deployment.
 * @param serviceArn The service.
 * @param clusterArn The cluster.
 * @param createdAt When it was created.
 * @param startedAt When it started.
 * @param finishedAt When it ended.
 * @param stoppedAt When it was stopped.
 * @param updatedAt Last change.
 * @param sourceServiceRevisions What ran before.
 * @param targetServiceRevision What it deploys.
 * @param status Where it stands.
 * @param statusReason Why, in ECS's words.
 * @param lifecycleStage The stage it is in.
 * @param lifecycleHookDetails Its hooks as they run.
 * @param deploymentConfiguration The configuration it runs with.
 * @param rollback Its rollback, once one started.
 * @param deploymentCircuitBreaker The circuit breaker, as it sees the deployment.
 * @param alarms The alarms, as they see the deployment.
 */
@Value.Builder
public record ServiceDeployment(
        String serviceDeploymentArn,
        Option<String> serviceArn,
        Option<String> clusterArn,
        Option<java.time.Instant> createdAt,
        Option<java.time.Instant> startedAt,
        Option<java.time.Instant> finishedAt,
        Option<java.time.Instant> stoppedAt,
        Option<java.time.Instant> updatedAt,
        List<ServiceRevisionSummary> sourceServiceRevisions,
        Option<ServiceRevisionSummary> targetServiceRevision,
        Option<ServiceDeploymentStatus> status,
        Option<String> statusReason,
        Option<ServiceDeploymentLifecycleStage> lifecycleStage,
        List<DeploymentLifecycleHookDetail> lifecycleHookDetails,
        Option<DeploymentConfiguration> deploymentConfiguration,
        Option<Rollback> rollback,
        Option<ServiceDeploymentCircuitBreaker> deploymentCircuitBreaker,
        Option<ServiceDeploymentAlarms> alarms) {

    /**
     * A null optional component becomes absent and a null list empty, as the builder leaves unset ones;
     * {@code serviceDeploymentArn} is kept as given.
     */
    public ServiceDeployment {
        serviceArn = serviceArn == null ? Option.none() : serviceArn;
        clusterArn = clusterArn == null ? Option.none() : clusterArn;
        createdAt = createdAt == null ? Option.none() : createdAt;
        startedAt = startedAt == null ? Option.none() : startedAt;
        finishedAt = finishedAt == null ? Option.none() : finishedAt;
        stoppedAt = stoppedAt == null ? Option.none() : stoppedAt;
        updatedAt = updatedAt == null ? Option.none() : updatedAt;
        sourceServiceRevisions = sourceServiceRevisions == null ? List.empty() : sourceServiceRevisions;
        targetServiceRevision = targetServiceRevision == null ? Option.none() : targetServiceRevision;
        status = status == null ? Option.none() : status;
        statusReason = statusReason == null ? Option.none() : statusReason;
        lifecycleStage = lifecycleStage == null ? Option.none() : lifecycleStage;
        lifecycleHookDetails = lifecycleHookDetails == null ? List.empty() : lifecycleHookDetails;
        deploymentConfiguration = deploymentConfiguration == null ? Option.none() : deploymentConfiguration;
        rollback = rollback == null ? Option.none() : rollback;
        deploymentCircuitBreaker = deploymentCircuitBreaker == null ? Option.none() : deploymentCircuitBreaker;
        alarms = alarms == null ? Option.none() : alarms;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ServiceDeploymentBuilder builder() {
        return new ServiceDeploymentBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceDeploymentBuilder toBuilder() {
        return new ServiceDeploymentBuilder().from(this);
    }
}
