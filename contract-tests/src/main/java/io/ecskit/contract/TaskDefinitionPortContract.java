package io.ecskit.contract;

import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionComparison;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.domain.taskdef.VersionConsistency;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TaskDefinitionPort as ECS behaves: revisions, statuses, listing (ECS-RULES §5). */
public abstract class TaskDefinitionPortContract extends ContractTest {

    @Test
    void register_firstRevision_isOneActiveWithLongArn() {
        String family = fixtures.family();

        RegisteredTaskDefinition registered = right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        assertThat(registered.revision()).isEqualTo(1);
        assertThat(registered.status()).isEqualTo(TaskDefinitionStatus.ACTIVE);
        assertThat(registered.taskDefinitionArn().toString()).isEqualTo(
                "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":task-definition/" + family + ":1");
        assertThat(registered.definition().family()).isEqualTo(family);
        assertThat(registered.compatibilities()).contains(Compatibility.FARGATE);
    }

    @Test
    void register_everyMember_isDescribedUnchanged_environmentFilesRestartPolicyVersionConsistencyIncluded() {
        requires(Capability.TASK_DEFINITION_EVERY_MEMBER);
        TaskDefinition sent = EveryFieldFixture.everyField().toBuilder().family(fixtures.family()).build();

        right(kit.api().taskDefinitions().register(sent));
        RegisteredTaskDefinition described = right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(sent.family(), 1))).get();

        assertThat(TaskDefinitionComparison.normalize(described.definition())).isEqualTo(TaskDefinitionComparison.normalize(sent));
        var app = described.definition().containerDefinitions().head();
        assertThat(app.environmentFiles()).isEqualTo(sent.containerDefinitions().head().environmentFiles());
        assertThat(app.restartPolicy()).isEqualTo(sent.containerDefinitions().head().restartPolicy());
        assertThat(app.versionConsistency()).contains(VersionConsistency.DISABLED);
    }

    @Test
    void register_again_takesTheNextRevision() {
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        assertThat(right(kit.api().taskDefinitions().register(fixtures.fargate(family))).revision()).isEqualTo(2);
    }

    @Test
    void register_afterDeregisteringTheLatest_neverReusesItsNumber() {
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, 2)));

        assertThat(right(kit.api().taskDefinitions().register(fixtures.fargate(family))).revision()).isEqualTo(3);
    }

    @Test
    void describe_family_resolvesTheLatestActiveRevision() {
        requires(Capability.LATEST_ACTIVE_RESOLUTION);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, 2)));

        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.latest(family))).map(RegisteredTaskDefinition::revision))
                .contains(1);
    }

    @Test
    void describe_whenUnknown_isEmpty() {
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(fixtures.family(), 1)))).isEmpty();
    }

    @Test
    void deregister_makesItInactive_stillDescribableByRevision() {
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        RegisteredTaskDefinition deregistered = right(kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, 1)));

        assertThat(deregistered.status()).isEqualTo(TaskDefinitionStatus.INACTIVE);
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(family, 1))).map(RegisteredTaskDefinition::status))
                .contains(TaskDefinitionStatus.INACTIVE);
    }

    @Test
    void describe_familyWhoseOnlyRevisionIsInactive_isEmpty() {
        requires(Capability.LATEST_ACTIVE_RESOLUTION);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, 1)));

        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.latest(family)))).isEmpty();
    }

    @Test
    void list_isOldestFirst_andFiltersByStatusAndPrefix() {
        String family = fixtures.family();
        String other = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().taskDefinitions().register(fixtures.fargate(other)));
        right(kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, 1)));

        assertThat(right(kit.api().taskDefinitions().list(Option.of(family), TaskDefinitionStatus.ACTIVE))
                .map(TaskDefinitionArn::familyRevision)).containsExactly(family + ":2");
        assertThat(right(kit.api().taskDefinitions().list(Option.of(family), TaskDefinitionStatus.INACTIVE))
                .map(TaskDefinitionArn::familyRevision)).containsExactly(family + ":1");
        assertThat(right(kit.api().taskDefinitions().listFamilies(Option.of(backend.prefix()), TaskDefinitionStatus.ACTIVE)))
                .contains(family, other);
    }

    @Test
    void register_whenFargateTaskHasNoCpu_isRejectedWithEcsMessage() {
        requires(Capability.TASK_DEFINITION_VALIDATION);
        var invalid = fixtures.fargate(fixtures.family()).toBuilder().cpu(Option.none()).build();

        assertError(kit.api().taskDefinitions().register(invalid), EcsError.ClientError.class,
                "Fargate requires that 'cpu' be defined at the task level.");
    }

    @Test
    void delete_whenActive_isRefused_whenInactive_isDeleteInProgress() {
        requires(Capability.TASK_DEFINITION_DELETE);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        TaskDefinitionRef first = TaskDefinitionRef.of(family, 1);

        assertErrorType(kit.api().taskDefinitions().delete(List.of(first)), EcsError.ClientError.class);
        right(kit.api().taskDefinitions().deregister(first));
        assertThat(right(kit.api().taskDefinitions().delete(List.of(first))).map(RegisteredTaskDefinition::status))
                .containsExactly(TaskDefinitionStatus.DELETE_IN_PROGRESS);
        assertThat(right(kit.api().taskDefinitions().register(fixtures.fargate(family))).revision()).isEqualTo(2);
    }

    @Test
    void register_takesEmptyRolesAsNone_asDeploymentToolsSendThem() {
        String family = fixtures.family();
        // ecs-deploy and others re-register a described definition with taskRoleArn "" meaning "no role"; ECS takes it
        var registered = right(kit.api().taskDefinitions().register(fixtures.ec2(family).toBuilder().taskRoleArn("").build()));

        assertThat(registered.definition().taskRoleArn().filter(arn -> !arn.isEmpty())).isEmpty();
        assertThat(registered.revision()).isEqualTo(1);
    }
}
