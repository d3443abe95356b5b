package io.ecskit.domain.iam;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What CreateRole asks for. Source: IAM API reference, CreateRole.
 *
 * @param roleName the name (required): 1..64 of letters, digits and {@code +=,.@_-}
 * @param assumeRolePolicyDocument the trust policy (required), JSON; a task role trusts {@code ecs-tasks.amazonaws.com}
 * @param path the path, {@code /} by default
 * @param description up to 1,000 characters
 * @param maxSessionDuration seconds, 3,600..43,200 (3,600 by default)
 * @param permissionsBoundary a managed policy's ARN
 * @param tags at most 50
 */
public record RoleSpec(String roleName, String assumeRolePolicyDocument, Option<String> path, Option<String> description,
                       Option<Integer> maxSessionDuration, Option<String> permissionsBoundary, List<Tag> tags) {

    /** The trust policy ECS tasks need: {@code ecs-tasks.amazonaws.com} may {@code sts:AssumeRole}. */
    public static final String ECS_TASKS_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    /** A role at {@code /} with a trust policy and nothing else. */
    public static RoleSpec of(String roleName, String assumeRolePolicyDocument) {
        return new RoleSpec(roleName, assumeRolePolicyDocument, Option.none(), Option.none(), Option.none(), Option.none(), List.empty());
    }

    /** A role ECS tasks can assume (a task role or a task execution role). */
    public static RoleSpec forEcsTasks(String roleName) {
        return of(roleName, ECS_TASKS_TRUST);
    }
}
