package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.iam.PolicySpec;
import io.ecskit.domain.iam.Role;
import io.ecskit.domain.iam.RoleSpec;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.TaskOverride;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules taskRoleAssumable and executionRoleMayRead (docs/ecs-rules.md) in the simulation: a
 * service whose task role doesn't exist launches nothing and says so in its events until the role is made; RunTask's
 * overrides are what is checked; a task that started marks its roles used; the ECS service-linked role stays while a
 * cluster uses it; and IAM is one per account across a server's regions.
 */
class TaskRolesTest {

    private static final ClusterName CLUSTER = new ClusterName("roles");
    private static final AwsVpcConfiguration NETWORK = AwsVpcConfiguration.of(List.of("subnet-0a1b2c3d4e5f60718"), List.empty(),
            AssignPublicIp.DISABLED);
    private static final String ACCOUNT = "123456789012";

    private static void register(InMemoryEcsKit kit, String taskRole) {
        kit.api().taskDefinitions().register(TaskDefinition.builder().family("app").requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512").taskRoleArn(taskRole)
                .containerDefinitions(List.of(ContainerDefinition.builder().name("app").image("nginx:1.27").essential(true).build())).build()).get();
    }

    @Test
    void aServiceWhoseTaskRoleIsMissing_launchesNothing_andSaysWhy_untilTheRoleExists() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.api().iam().createRole(RoleSpec.forEcsTasks("someone-elses")).get();   // the account models IAM
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        String roleArn = "arn:aws:iam::" + ACCOUNT + ":role/app-task";
        register(kit, roleArn);
        kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName("web").taskDefinition(TaskDefinitionRef.latest("app"))
                .desiredCount(2).launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.awsvpc(NETWORK)).build()).get();

        kit.simulator().advance(Duration.ofMinutes(3));
        Service waiting = kit.api().services().describe(CLUSTER, List.of(io.ecskit.domain.arn.ServiceName.of("web"))).get().found().single();

        assertThat(waiting.runningCount()).isZero();
        assertThat(waiting.events().map(e -> e.message())).contains("(service web) failed to launch a task with (error "
                + EcsRule.TASK_ROLE_ASSUMABLE.message(roleArn) + ").");
        assertThat(waiting.events().filter(e -> e.message().contains("failed to launch"))).as("said once, not every retry").hasSize(1);

        kit.api().iam().createRole(RoleSpec.forEcsTasks("app-task")).get();
        kit.simulator().advance(Duration.ofMinutes(3));

        Service running = kit.api().services().describe(CLUSTER, List.of(io.ecskit.domain.arn.ServiceName.of("web"))).get().found().single();
        assertThat(running.runningCount()).isEqualTo(2);
        Role used = kit.api().iam().role("app-task").get();
        assertThat(used.lastUsedDate()).isNotEmpty();
        assertThat(used.lastUsedRegion()).contains(kit.region());
    }

    @Test
    void runTask_checksTheOverridingRole_andRolesOfOtherAccountsPass() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.api().iam().createRole(RoleSpec.forEcsTasks("app-task")).get();
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        register(kit, "app-task");
        RunTaskSpec run = RunTaskSpec.fargate(CLUSTER, TaskDefinitionRef.latest("app"), NETWORK);

        var refused = kit.api().tasks().run(run.toBuilder().overrides(TaskOverride.builder().taskRoleArn("missing-role").build()).build());
        var otherAccount = kit.api().tasks().run(run.toBuilder().overrides(TaskOverride.builder()
                .taskRoleArn("arn:aws:iam::210987654321:role/cross-account").build()).build());

        assertThat(refused.getLeft().code()).isEqualTo("ClientException");
        assertThat(refused.getLeft().message()).isEqualTo(EcsRule.TASK_ROLE_ASSUMABLE.message("missing-role"));
        assertThat(otherAccount.isRight()).isTrue();
        assertThat(kit.api().tasks().run(run).isRight()).as("the definition's own role, by its short name").isTrue();
    }

    @Test
    void ecssServiceLinkedRole_staysWhileAClusterExists_andComesBackWithTheNextCluster() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();

        String refused = kit.api().iam().deleteServiceLinkedRole("AWSServiceRoleForECS").get();
        assertThat(kit.api().iam().serviceLinkedRoleDeletionStatus(refused).get()).isEqualTo("FAILED");
        assertThat(kit.api().iam().role("AWSServiceRoleForECS").isRight()).isTrue();

        kit.api().clusters().delete(CLUSTER).get();
        String deleted = kit.api().iam().deleteServiceLinkedRole("AWSServiceRoleForECS").get();
        assertThat(kit.api().iam().serviceLinkedRoleDeletionStatus(deleted).get()).isEqualTo("SUCCEEDED");
        assertThat(kit.api().iam().role("AWSServiceRoleForECS").getLeft().code()).isEqualTo("NoSuchEntity");

        kit.api().clusters().create(ClusterSpec.named(new ClusterName("again"))).get();
        assertThat(kit.api().iam().role("AWSServiceRoleForECS").isRight()).isTrue();
    }

    @Test
    void iamIsGlobal_aRoleMadeInOneRegionIsThereInAnother_ofTheSameAccountOnly() {
        InMemoryEcsKit virginia = InMemoryEcsKit.builder().region("us-east-1").build();
        InMemoryEcsKit ireland = InMemoryEcsKit.builder().region("eu-west-1").sharingGlobalServicesWith(virginia).build();
        InMemoryEcsKit alone = InMemoryEcsKit.builder().region("eu-west-1").build();

        virginia.api().iam().createRole(RoleSpec.forEcsTasks("shared")).get();
        virginia.api().iam().createPolicy(PolicySpec.of("reader", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}")).get();

        assertThat(ireland.api().iam().role("SHARED").get().arn()).as("names are case-insensitive").isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/shared");
        assertThat(ireland.api().iam().policies(Option.of("Local"), false, Option.none()).get().map(p -> p.policyName())).containsExactly("reader");
        assertThat(alone.api().iam().role("shared").getLeft().code()).isEqualTo("NoSuchEntity");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> InMemoryEcsKit.builder().accountId("210987654321")
                .sharingGlobalServicesWith(virginia).build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void iamRefusesBadNamesAndDocuments_inItsWords() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var iam = kit.api().iam();

        var badName = iam.createRole(new RoleSpec("bad name!".repeat(10), RoleSpec.ECS_TASKS_TRUST, Option.none(), Option.none(), Option.of(60),
                Option.none(), List.empty()));
        var resourceInTrust = iam.createRole(RoleSpec.of("r", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}"));
        var principalInPolicy = iam.createPolicy(PolicySpec.of("p", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
        var badPath = iam.createRole(new RoleSpec("r", RoleSpec.ECS_TASKS_TRUST, Option.of("no-slashes"), Option.none(), Option.none(),
                Option.none(), List.empty()));

        assertThat(badName.getLeft().code()).isEqualTo("ValidationError");
        assertThat(badName.getLeft().message()).startsWith("3 validation errors detected: ")
                .contains("at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64")
                .contains("Member must satisfy regular expression pattern: [\\w+=,.@-]+")
                .contains("Value '60' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600");
        assertThat(resourceInTrust.getLeft().message()).isEqualTo(EcsRule.IAM_TRUST_POLICY_WITHOUT_RESOURCE.message());
        assertThat(principalInPolicy.getLeft().message()).isEqualTo(EcsRule.IAM_POLICY_WITHOUT_PRINCIPAL.message());
        assertThat(badPath.getLeft().message()).isEqualTo(EcsRule.IAM_PATH_FORMAT.message());
        assertThat(iam.roles(Option.none()).get()).as("nothing half-created").isEmpty();
    }

    @Test
    void policyEvaluation_anExplicitDenyWins_andWildcardsMatchAsIamMatchesThem() {
        String allowAll = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:Get*\",\"Resource\":\"arn:aws:ssm:*:*:parameter/app/*\"}]}";
        String denyOne = "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"SSM:GetParameters\",\"Resource\":\"arn:aws:ssm:*:*:parameter/app/secret\"}]}";
        String notAction = "{\"Statement\":{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}}";

        assertThat(IamPolicies.allows(List.of(allowAll), "ssm:GetParameters", "arn:aws:ssm:eu-west-1:1:parameter/app/db")).isTrue();
        assertThat(IamPolicies.allows(List.of(allowAll, denyOne), "ssm:GetParameters", "arn:aws:ssm:eu-west-1:1:parameter/app/secret")).isFalse();
        assertThat(IamPolicies.allows(List.of(allowAll), "ssm:GetParameters", "arn:aws:ssm:eu-west-1:1:parameter/other")).isFalse();
        assertThat(IamPolicies.allows(List.of(notAction), "secretsmanager:GetSecretValue", "x")).isTrue();
        assertThat(IamPolicies.allows(List.of(notAction), "iam:PassRole", "x")).isFalse();
        assertThat(IamPolicies.glob("a?c*", "abcdef")).isTrue();
        assertThat(IamPolicies.glob("*a*a*a*a*a*b", "a".repeat(5000))).as("no backtracking blow-up").isFalse();
    }
}
