package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A service deployment as ListServiceDeployments lists it.
 *
 * @param serviceDeploymentArn ARN of the service deployment.
 * @param serviceArn The service.
 * @param clusterArn The cluster.
 * @param startedAt When it started.
 * @param createdAt When it was created.
 * @param finishedAt When it ended.
 * @param targetServiceRevisionArn The revision it deploys.
 * @param status Where it stands.
 * @param statusReason Why, in ECS's words.
 */
@Value.Builder
public record ServiceDeploymentBrief(
        String serviceDeploymentArn,
        Option<String> serviceArn,
        Option<String> clusterArn,
        Option<java.time.Instant> startedAt,
        Option<java.time.Instant> createdAt,
        Option<java.time.Instant> finishedAt,
        Option<String> targetServiceRevisionArn,
        Option<ServiceDeploymentStatus> status,
        Option<String> statusReason) {

    /**
     * A null optional component becomes absent ({@code Option.none()}), as the builder leaves unset ones;
     * {@code serviceDeploymentArn} is kept as given.
     */
    public ServiceDeploymentBrief {
        serviceArn = serviceArn == null ? Option.none() : serviceArn;
        clusterArn = clusterArn == null ? Option.none() : clusterArn;
        startedAt = startedAt == null ? Option.none() : startedAt;
        createdAt = createdAt == null ? Option.none() : createdAt;
        finishedAt = finishedAt == null ? Option.none() : finishedAt;
        targetServiceRevisionArn = targetServiceRevisionArn == null ? Option.none() : targetServiceRevisionArn;
        status = status == null ? Option.none() : status;
        statusReason = statusReason == null ? Option.none() : statusReason;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ServiceDeploymentBriefBuilder builder() {
        return new ServiceDeploymentBriefBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceDeploymentBriefBuilder toBuilder() {
        return new ServiceDeploymentBriefBuilder().from(this);
    }
}
