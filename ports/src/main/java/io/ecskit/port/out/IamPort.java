package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.iam.AttachedPolicy;
import io.ecskit.domain.iam.ManagedPolicy;
import io.ecskit.domain.iam.PolicySpec;
import io.ecskit.domain.iam.Role;
import io.ecskit.domain.iam.RolePolicy;
import io.ecskit.domain.iam.RoleSpec;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * IAM roles and policies of the account, as far as ECS needs them (issue 25 item 8): task roles, task execution roles,
 * their policies, and the service-linked roles. IAM is global: every region of an account sees the same roles. Errors
 * are IAM's own (docs/ecs-rules.md, "IAM roles"): NoSuchEntity, EntityAlreadyExists, DeleteConflict,
 * MalformedPolicyDocument, UnmodifiableEntity, InvalidInput, ValidationError. Source: IAM API reference.
 */
public interface IamPort {

    /** CreateRole: the role, with a trust policy that must be valid JSON naming who may assume it. */
    Either<EcsError, Role> createRole(RoleSpec spec);

    /** GetRole by name. */
    Either<EcsError, Role> role(String roleName);

    /** ListRoles, every page: the roles whose path starts with {@code pathPrefix} ({@code /} by default), by name. */
    Either<EcsError, Seq<Role>> roles(Option<String> pathPrefix);

    /** UpdateRole: a new description and/or maximum session duration (3,600..43,200 s). */
    Either<EcsError, Done> updateRole(String roleName, Option<String> description, Option<Integer> maxSessionDuration);

    /** UpdateAssumeRolePolicy: a new trust policy. */
    Either<EcsError, Done> updateAssumeRolePolicy(String roleName, String policyDocument);

    /**
     * DeleteRole: not while managed policies are attached or inline policies are put (DeleteConflict); a service-linked
     * role only by its service (UnmodifiableEntity).
     */
    Either<EcsError, Done> deleteRole(String roleName);

    /** TagRole: the tags set (a key given again takes the new value); at most 50. */
    Either<EcsError, Done> tagRole(String roleName, Seq<Tag> tags);

    /** UntagRole: the keys removed. */
    Either<EcsError, Done> untagRole(String roleName, Seq<String> tagKeys);

    /**
     * CreateServiceLinkedRole for {@code awsServiceName} (e.g. {@code ecs.amazonaws.com}: AWSServiceRoleForECS at
     * {@code /aws-service-role/ecs.amazonaws.com/}). ECS makes its own when the account's first cluster is created.
     */
    Either<EcsError, Role> createServiceLinkedRole(String awsServiceName, Option<String> description, Option<String> customSuffix);

    /**
     * DeleteServiceLinkedRole: the deletion task's id ({@code task/aws-service-role/SERVICE/NAME/UUID}); the role is gone
     * once it succeeds, which here is at once.
     */
    Either<EcsError, String> deleteServiceLinkedRole(String roleName);

    /** GetServiceLinkedRoleDeletionStatus: {@code SUCCEEDED} for a deletion task DeleteServiceLinkedRole started. */
    Either<EcsError, String> serviceLinkedRoleDeletionStatus(String deletionTaskId);

    /** AttachRolePolicy: a managed policy (the account's own, or AWS's) attached to the role. */
    Either<EcsError, Done> attachRolePolicy(String roleName, String policyArn);

    /** DetachRolePolicy. */
    Either<EcsError, Done> detachRolePolicy(String roleName, String policyArn);

    /** ListAttachedRolePolicies, every page, in the order attached. */
    Either<EcsError, Seq<AttachedPolicy>> attachedRolePolicies(String roleName, Option<String> pathPrefix);

    /** PutRolePolicy: the role's inline policy of that name, added or replaced. */
    Either<EcsError, Done> putRolePolicy(String roleName, String policyName, String policyDocument);

    /** GetRolePolicy. */
    Either<EcsError, RolePolicy> rolePolicy(String roleName, String policyName);

    /** DeleteRolePolicy. */
    Either<EcsError, Done> deleteRolePolicy(String roleName, String policyName);

    /** ListRolePolicies, every page: the names of the role's inline policies, by name. */
    Either<EcsError, Seq<String>> rolePolicies(String roleName);

    /** CreatePolicy: a customer managed policy (version {@code v1}). */
    Either<EcsError, ManagedPolicy> createPolicy(PolicySpec spec);

    /** GetPolicy by ARN: the account's own or an AWS managed policy. */
    Either<EcsError, ManagedPolicy> policy(String policyArn);

    /** DeletePolicy: not while attached to a role (DeleteConflict); AWS's own policies can't be deleted. */
    Either<EcsError, Done> deletePolicy(String policyArn);

    /**
     * ListPolicies, every page: {@code scope} {@code All} (the default), {@code AWS} or {@code Local}; with
     * {@code onlyAttached} only those attached to something; by name.
     */
    Either<EcsError, Seq<ManagedPolicy>> policies(Option<String> scope, boolean onlyAttached, Option<String> pathPrefix);
}
