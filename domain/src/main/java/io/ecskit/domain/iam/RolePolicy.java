package io.ecskit.domain.iam;

/**
 * A role's inline policy, as GetRolePolicy answers it. Source: IAM API reference, GetRolePolicy.
 *
 * @param roleName the role
 * @param policyName the policy's name, 1..128 of letters, digits and {@code +=,.@_-}
 * @param policyDocument the document (JSON)
 */
public record RolePolicy(String roleName, String policyName, String policyDocument) {
}
