package io.ecskit.domain.ecr;

/**
 * A private registry's permissions policy (replication and pull-through-cache grants) as ECR stores it
 * (PutRegistryPolicy, GetRegistryPolicy).
 *
 * @param registryId the account of the registry
 * @param policyText the policy, JSON text as given (at most 10,240 characters)
 */
public record RegistryPolicy(String registryId, String policyText) {
}
