package io.ecskit.domain.ecr;

/**
 * A repository's permissions policy as ECR stores it (SetRepositoryPolicy, GetRepositoryPolicy).
 *
 * @param registryId the account of the registry
 * @param repositoryName the repository
 * @param policyText the policy, JSON text as given (at most 10,240 characters)
 */
public record RepositoryPolicy(String registryId, RepositoryName repositoryName, String policyText) {
}
