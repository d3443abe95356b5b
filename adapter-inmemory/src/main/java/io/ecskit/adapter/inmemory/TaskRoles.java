package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.TaskOverride;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * What ECS asks of IAM (issue 25 item 8, docs/ecs-rules.md): its service-linked role, made with a cluster when the
 * account has none (IAM keeps it while a cluster exists, so ECS never runs without it here); task and execution roles that exist and trust
 * {@code ecs-tasks.amazonaws.com} (rule taskRoleAssumable: RunTask refuses, a service's launch fails with ECS's event);
 * and an execution role allowed to read the secrets a task names (rule executionRoleMayRead, in the start's
 * stoppedReason). The role checks apply once the account has roles of its own ({@link IamState#isModelled()}), so tests
 * that never create one are unchanged; roles of other accounts are not simulated and pass.
 */
final class TaskRoles {

    static final String ECS_TASKS = "ecs-tasks.amazonaws.com";
    static final String ECS = "ecs.amazonaws.com";

    private TaskRoles() {
    }

    /** CreateCluster: ECS makes its service-linked role when the account has none. */
    static void ensureServiceLinkedRole(InMemoryState state) {
        synchronized (state.iam) {
            new InMemoryIam(state).linkedRole(ECS, Option.none(), Option.none(), false);
        }
    }

    /** The task's roles as it runs them: the definition's, as RunTask's overrides replace them. */
    static Seq<String> roles(TaskDefinition definition, Option<TaskOverride> overrides) {
        Option<String> task = overrides.flatMap(TaskOverride::taskRoleArn).filter(r -> !r.isEmpty()).orElse(definition.taskRoleArn());
        Option<String> execution = overrides.flatMap(TaskOverride::executionRoleArn).filter(r -> !r.isEmpty()).orElse(definition.executionRoleArn());
        return List.of(task, execution).flatMap(o -> o).distinct();
    }

    /** The first role (as the task names it) that ECS could not assume, or none. */
    static Option<String> unassumable(InMemoryState state, Seq<String> roles) {
        synchronized (state.iam) {
            if (!state.iam.isModelled()) {
                return Option.none();
            }
            return roles.find(r -> ours(state, r) && role(state, r).forAll(e -> !IamPolicies.trusts(e.role.assumeRolePolicyDocument(), ECS_TASKS)));
        }
    }

    /** RunTask, StartTask: the task's roles can be assumed (rule taskRoleAssumable). */
    static Either<EcsError, Boolean> check(InMemoryState state, TaskDefinition definition, Option<TaskOverride> overrides) {
        return unassumable(state, roles(definition, overrides))
                .map(role -> Either.<EcsError, Boolean>left(EcsError.of(EcsRule.TASK_ROLE_ASSUMABLE, role))).getOrElse(Either.right(true));
    }

    /** A task that started with its roles: IAM's RoleLastUsed of each says so. */
    static void used(InMemoryState state, Seq<String> roles, Instant at) {
        synchronized (state.iam) {
            for (String r : roles) {
                role(state, r).filter(e -> ours(state, r)).forEach(e -> e.role = e.role.usedAt(at, state.region.code()));
            }
        }
    }

    /**
     * Whether the execution role may do {@code action} on {@code resource}: none to judge (no role, IAM not modelled, another
     * account's role, an AWS managed policy whose document ecskit does not carry) is a yes; otherwise IAM's evaluation of
     * its inline and managed policies. The answer is the principal ECS's AccessDenied names when it may not.
     */
    static Option<String> deniedPrincipal(InMemoryState state, Option<String> executionRole, String taskId, String action, String resource) {
        synchronized (state.iam) {
            if (executionRole.isEmpty() || !state.iam.isModelled() || !ours(state, executionRole.get())) {
                return Option.none();
            }
            Option<IamState.RoleEntry> entry = role(state, executionRole.get());
            if (entry.isEmpty()) {
                return Option.none();   // its start was refused already (rule taskRoleAssumable)
            }
            List<String> documents = List.ofAll(entry.get().inline.values());
            boolean unread = false;
            for (String policy : entry.get().attached.keySet()) {
                String document = state.iam.policies.containsKey(policy) ? state.iam.policies.get(policy).document().getOrNull()
                        : InMemoryIam.AWS_DOCUMENTS.get(policy);
                if (document == null) {
                    unread = true;  // an AWS managed policy ecskit can't read: it may allow, but an explicit Deny read elsewhere still wins
                } else {
                    documents = documents.append(document);
                }
            }
            if (unread ? !IamPolicies.denies(documents, action, resource) : IamPolicies.allows(documents, action, resource)) {
                return Option.none();
            }
            return Option.of("arn:aws:sts::" + state.account.value() + ":assumed-role/" + entry.get().role.roleName() + "/" + taskId);
        }
    }

    /** Whether a role named by a task is this account's (a short name, or an ARN of the account). */
    private static boolean ours(InMemoryState state, String role) {
        return !role.startsWith("arn:") || role.startsWith("arn:aws:iam::" + state.account.value() + ":role/");
    }

    private static Option<IamState.RoleEntry> role(InMemoryState state, String role) {
        if (!role.startsWith("arn:")) {
            return Option.of(state.iam.entry(role));
        }
        String name = role.substring(role.lastIndexOf('/') + 1);
        // an ARN names the role's path too
        return Option.of(state.iam.entry(name)).filter(e -> e.role.arn().equals(role));
    }
}
