package io.ecskit.contract;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.iam.AttachedPolicy;
import io.ecskit.domain.iam.ManagedPolicy;
import io.ecskit.domain.iam.PolicySpec;
import io.ecskit.domain.iam.Role;
import io.ecskit.domain.iam.RoleSpec;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.out.IamPort;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IamPort: the roles ECS tasks run with and their policies (issue 25 item 8), and what ECS makes of them. What a test
 * creates is removed after it, policies detached and deleted first.
 */
public abstract class IamPortContract extends ContractTest {

    static final String EXECUTION_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    private static final String READ_ONE_PARAMETER = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"ssm:GetParameters\",\"Resource\":\"%s\"}]}";

    private final Deque<Runnable> cleanUp = new ArrayDeque<>();

    @AfterEach
    final void deleteWhatWasCreated() {
        while (!cleanUp.isEmpty()) {
            cleanUp.pop().run();
        }
    }

    private IamPort iam() {
        return kit.api().iam();
    }

    private Role role(RoleSpec spec) {
        Role role = right(iam().createRole(spec));
        cleanUp.push(() -> {
            iam().attachedRolePolicies(spec.roleName(), Option.none()).forEach(all -> all.forEach(a -> iam().detachRolePolicy(spec.roleName(), a.policyArn())));
            iam().rolePolicies(spec.roleName()).forEach(all -> all.forEach(p -> iam().deleteRolePolicy(spec.roleName(), p)));
            iam().deleteRole(spec.roleName());
        });
        return role;
    }

    private static void assertAwsError(Either<EcsError, ?> either, String code) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        assertThat(either.getLeft().code()).isEqualTo(code);
    }

    private void assertAwsError(Either<EcsError, ?> either, String code, String message) {
        assertAwsError(either, code);
        if (backend.lacks(Capability.IAM_MESSAGES).isEmpty()) {
            assertThat(either.getLeft().message()).isEqualTo(message);
        }
    }

    /** Two JSON texts of one document, compared without their white space (IAM keeps the text as written). */
    private static String compact(String json) {
        return json.replaceAll("\\s", "");
    }

    @Test
    void createRole_isReadByName_andListed() {
        String name = fixtures.name("task-role");
        Role created = role(RoleSpec.forEcsTasks(name));
        Role read = right(iam().role(name));

        assertThat(created.arn()).isEqualTo("arn:aws:iam::" + kit.accountId() + ":role/" + name);
        assertThat(created.roleId()).matches("AROA[A-Z0-9]{17}");
        assertThat(created.path()).isEqualTo("/");
        assertThat(read.roleId()).isEqualTo(created.roleId());
        assertThat(compact(read.assumeRolePolicyDocument())).isEqualTo(compact(RoleSpec.ECS_TASKS_TRUST));
        assertThat(read.maxSessionDuration()).isEqualTo(3600);
        assertThat(right(iam().roles(Option.none())).map(Role::roleName)).contains(name);
    }

    @Test
    void aRoleAtAPath_hasItInItsArn_andListsUnderItsPrefix() {
        String name = fixtures.name("pathed");
        String path = "/" + fixtures.name("team") + "/";
        Role created = role(new RoleSpec(name, RoleSpec.ECS_TASKS_TRUST, Option.of(path), Option.of("a task role"), Option.of(7200),
                Option.none(), List.of(io.ecskit.domain.Tag.of("team", "payments"))));

        assertThat(created.arn()).isEqualTo("arn:aws:iam::" + kit.accountId() + ":role" + path + name);
        assertThat(right(iam().roles(Option.of(path))).map(Role::roleName)).containsExactly(name);
        Role read = right(iam().role(name));
        assertThat(read.description()).contains("a task role");
        assertThat(read.maxSessionDuration()).isEqualTo(7200);
        assertThat(read.tags()).containsExactly(io.ecskit.domain.Tag.of("team", "payments"));
    }

    @Test
    void anUnknownRole_isNotFound_andADuplicateNameIsRefused() {
        String name = fixtures.name("dup");
        role(RoleSpec.forEcsTasks(name));

        assertAwsError(iam().role(name + "-missing"), "NoSuchEntity", "The role with name " + name + "-missing cannot be found.");
        assertAwsError(iam().createRole(RoleSpec.forEcsTasks(name)), "EntityAlreadyExists", "Role with name " + name + " already exists.");
    }

    @Test
    void aTrustPolicyThatIsNotJson_isMalformed() {
        requires(Capability.IAM_POLICY_CHECKS);
        assertAwsError(iam().createRole(RoleSpec.of(fixtures.name("bad"), "{not json")), "MalformedPolicyDocument");
    }

    @Test
    void policies_areAttachedAndPut_andARoleWithPoliciesCannotBeDeleted() {
        String name = fixtures.name("with-policies");
        role(RoleSpec.forEcsTasks(name));
        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        ManagedPolicy own = right(iam().createPolicy(PolicySpec.of(fixtures.name("reader"), document)));
        cleanUp.push(() -> iam().deletePolicy(own.arn()));

        boolean awsManaged = backend.lacks(Capability.IAM_AWS_MANAGED_POLICIES).isEmpty();
        if (awsManaged) {
            right(iam().attachRolePolicy(name, EXECUTION_POLICY));
        }
        right(iam().attachRolePolicy(name, own.arn()));
        right(iam().putRolePolicy(name, "inline", document));

        assertThat(right(iam().attachedRolePolicies(name, Option.none())).map(AttachedPolicy::policyArn))
                .containsExactlyInAnyOrderElementsOf(awsManaged ? List.of(EXECUTION_POLICY, own.arn()) : List.of(own.arn()));
        assertThat(right(iam().rolePolicies(name))).containsExactly("inline");
        assertThat(compact(right(iam().rolePolicy(name, "inline")).policyDocument())).isEqualTo(compact(document));
        assertThat(right(iam().policy(own.arn())).attachmentCount()).isEqualTo(1);
        assertAwsError(iam().deleteRole(name), "DeleteConflict", "Cannot delete entity, must detach all policies first.");
        if (backend.lacks(Capability.IAM_POLICY_CHECKS).isEmpty()) {
            assertAwsError(iam().deletePolicy(own.arn()), "DeleteConflict", "Cannot delete a policy attached to entities.");
        }

        if (awsManaged) {
            right(iam().detachRolePolicy(name, EXECUTION_POLICY));
        }
        right(iam().detachRolePolicy(name, own.arn()));
        assertAwsError(iam().deleteRole(name), "DeleteConflict", "Cannot delete entity, must delete policies first.");
        right(iam().deleteRolePolicy(name, "inline"));
        right(iam().deleteRole(name));
        assertAwsError(iam().role(name), "NoSuchEntity");
    }

    @Test
    void missingPolicies_areNotFound() {
        String name = fixtures.name("lonely");
        role(RoleSpec.forEcsTasks(name));
        String missing = "arn:aws:iam::" + kit.accountId() + ":policy/" + fixtures.name("missing");

        assertAwsError(iam().attachRolePolicy(name, missing), "NoSuchEntity", "Policy " + missing + " does not exist or is not attachable.");
        assertAwsError(iam().rolePolicy(name, "none"), "NoSuchEntity", "The role policy with name none cannot be found.");
    }

    @Test
    void ecsMakesItsServiceLinkedRole_withTheFirstCluster_andItIsAws() {
        requires(Capability.ECS_IAM_CHECKS);
        fixtures.cluster();

        Role linked = right(iam().role("AWSServiceRoleForECS"));

        assertThat(linked.path()).isEqualTo("/aws-service-role/ecs.amazonaws.com/");
        assertThat(right(iam().attachedRolePolicies("AWSServiceRoleForECS", Option.none())).map(AttachedPolicy::policyName))
                .containsExactly("AmazonECSServiceRolePolicy");
        assertAwsError(iam().deleteRole("AWSServiceRoleForECS"), "UnmodifiableEntity",
                "Cannot perform the operation on the protected role 'AWSServiceRoleForECS' - this role is only modifiable by AWS");
        assertAwsError(iam().createServiceLinkedRole("ecs.amazonaws.com", Option.none(), Option.none()), "InvalidInput",
                "Service role name AWSServiceRoleForECS has been taken in this account, please try a different suffix.");
    }

    @Test
    void aTaskWhoseRoleDoesNotTrustEcsTasks_isRefused_asEcsRefusesIt() {
        requires(Capability.ECS_IAM_CHECKS);
        requires(Capability.RUN_TASK);
        var cluster = fixtures.cluster();
        Role untrusting = role(RoleSpec.of(fixtures.name("ec2-only"), "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
        Role execution = role(RoleSpec.forEcsTasks(fixtures.name("execution")));
        right(iam().attachRolePolicy(execution.roleName(), EXECUTION_POLICY));
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family).toBuilder().executionRoleArn(execution.arn())
                .taskRoleArn(untrusting.arn()).build()));

        Either<EcsError, ?> refused = kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()));

        assertAwsError(refused, "ClientException", "ECS was unable to assume the role '" + untrusting.arn() + "' that was provided for this task. "
                + "Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has "
                + "permissions to pass this role.");
    }

    @Test
    void anExecutionRoleThatMayNotReadAParameter_failsTheTaskStart_withIamsAccessDenied() {
        requires(Capability.ECS_IAM_CHECKS);
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.RUN_TASK);
        String allowed = "/" + fixtures.name("iam") + "/allowed";
        String denied = "/" + fixtures.name("iam") + "/denied";
        for (String name : List.of(allowed, denied)) {
            right(kit.api().secrets().putParameter(ParameterSpec.string(name, "value")));
            cleanUp.push(() -> kit.api().secrets().deleteParameter(name));
        }
        String parameterArn = "arn:aws:ssm:" + kit.region() + ":" + kit.accountId() + ":parameter";
        Role execution = role(RoleSpec.forEcsTasks(fixtures.name("execution")));
        right(iam().attachRolePolicy(execution.roleName(), EXECUTION_POLICY));
        right(iam().putRolePolicy(execution.roleName(), "read-one", READ_ONE_PARAMETER.formatted(parameterArn + allowed)));
        var cluster = fixtures.cluster();

        Task allowedTask = runWithSecret(cluster, execution, allowed);
        Task deniedTask = runWithSecret(cluster, execution, denied);
        backend.passTime(Duration.ofMinutes(2));

        Task running = right(kit.api().tasks().describe(cluster, List.of(allowedTask.taskArn()))).found().single();
        Task stopped = right(kit.api().tasks().describe(cluster, List.of(deniedTask.taskArn()))).found().single();
        assertThat(running.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(stopped.stoppedReason()).contains("ResourceInitializationError: unable to pull secrets or registry auth: execution resource "
                + "retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: User: "
                + "arn:aws:sts::" + kit.accountId() + ":assumed-role/" + execution.roleName() + "/" + deniedTask.taskArn().taskId()
                + " is not authorized to perform: ssm:GetParameters on resource: " + parameterArn + denied
                + " because no identity-based policy allows the ssm:GetParameters action");
    }

    private Task runWithSecret(io.ecskit.domain.arn.ClusterName cluster, Role execution, String parameter) {
        String family = fixtures.family();
        TaskDefinition td = fixtures.fargate(family).toBuilder().executionRoleArn(execution.arn()).build();
        ContainerDefinition web = td.containerDefinitions().head().toBuilder().secrets(List.of(
                io.ecskit.domain.taskdef.Secret.builder().name("VALUE").valueFrom(parameter).build())).build();
        right(kit.api().taskDefinitions().register(td.toBuilder().containerDefinitions(List.of(web)).build()));
        return right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()))).found().single();
    }
}
