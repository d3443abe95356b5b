package io.ecskit.domain.iam;

/**
 * A managed policy attached to a role, as ListAttachedRolePolicies answers it. Source: IAM API reference, AttachedPolicy.
 *
 * @param policyName the policy's name
 * @param policyArn the policy's ARN
 */
public record AttachedPolicy(String policyName, String policyArn) {
}
