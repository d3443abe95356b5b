package io.ecskit.domain.ecr;

import io.vavr.control.Option;

import java.time.Instant;

/**
 * A repository's lifecycle policy as ECR stores it (PutLifecyclePolicy, GetLifecyclePolicy).
 *
 * @param registryId the account of the registry
 * @param repositoryName the repository
 * @param policyText the policy, JSON text as given (100..30,720 characters)
 * @param lastEvaluatedAt when ECR last applied it; none before its first evaluation
 */
public record LifecyclePolicy(String registryId, RepositoryName repositoryName, String policyText, Option<Instant> lastEvaluatedAt) {
}
