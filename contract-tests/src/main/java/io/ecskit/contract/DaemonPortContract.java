package io.ecskit.contract;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.daemon.DaemonContainerDefinition;
import io.ecskit.domain.daemon.DaemonSpec;
import io.ecskit.domain.daemon.DaemonTaskDefinition;
import io.ecskit.domain.daemon.DaemonTaskDefinitionFilter;
import io.ecskit.domain.daemon.DaemonTaskDefinitionSpec;
import io.ecskit.domain.daemon.DaemonTaskDefinitionStatus;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DaemonPort: daemon task definitions (register, describe, list, delete) and daemons, which run only on ECS Managed
 * Instances capacity providers. Rules cited by their ids in docs/ecs-rules.md.
 */
public abstract class DaemonPortContract extends ContractTest {

    private ClusterName cluster;

    @BeforeEach
    void cluster() {
        requires(Capability.DAEMONS);
        cluster = fixtures.cluster();
    }

    private DaemonTaskDefinitionSpec agent(String family, String image) {
        return DaemonTaskDefinitionSpec.builder().family(family).executionRoleArn(backend.executionRoleArn())
                .containerDefinitions(List.of(DaemonContainerDefinition.builder().name("agent").image(image).memory(128).build())).build();
    }

    @Test
    void daemonTaskDefinitions_areRegisteredInTheirOwnNamespace_listed_andDeleted() {
        String family = fixtures.family();

        DaemonTaskDefinition first = right(kit.api().daemons().registerTaskDefinition(agent(family, ContractFixtures.IMAGE)));
        DaemonTaskDefinition second = right(kit.api().daemons().registerTaskDefinition(agent(family, "public.ecr.aws/docker/library/busybox:1.36")));
        DaemonTaskDefinition latest = right(kit.api().daemons().describeTaskDefinition(family));
        String deleted = right(kit.api().daemons().deleteTaskDefinition(family + ":1"));
        var active = right(kit.api().daemons().listTaskDefinitions(new DaemonTaskDefinitionFilter(Option.none(), Option.of(family), false,
                Option.of(DaemonTaskDefinitionStatus.ACTIVE), false)));
        var every = right(kit.api().daemons().listTaskDefinitions(new DaemonTaskDefinitionFilter(Option.none(), Option.of(family), false,
                Option.none(), false)));

        assertThat(first.daemonTaskDefinitionArn().get()).endsWith(":daemon-task-definition/" + family + ":1");
        assertThat(second.revision()).contains(2);
        assertThat(latest.revision()).contains(2);
        assertThat(latest.containerDefinitions().head().image()).isEqualTo("public.ecr.aws/docker/library/busybox:1.36");
        assertThat(deleted).isEqualTo(first.daemonTaskDefinitionArn().get());
        assertThat(active.flatMap(s -> s.arn())).containsExactly(second.daemonTaskDefinitionArn().get());
        assertThat(every).hasSize(2);
        assertThat(right(kit.api().daemons().describeTaskDefinition(family + ":1")).status().get())
                .isIn(DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS, DaemonTaskDefinitionStatus.DELETED);
        // a revision is neither a task definition nor reachable through the task definition calls
        assertThat(right(kit.api().taskDefinitions().describe(io.ecskit.domain.arn.TaskDefinitionRef.latest(family)))).isEmpty();
    }

    @Test
    void deleteDaemonTaskDefinition_needsARevision_andRegisterRefusesWhatRegisterTaskDefinitionRefuses() {
        String family = fixtures.family();
        right(kit.api().daemons().registerTaskDefinition(agent(family, ContractFixtures.IMAGE)));

        assertError(kit.api().daemons().deleteTaskDefinition(family), EcsError.ClientError.class,
                EcsRule.DAEMON_TASK_DEFINITION_REVISION_REQUIRED.message());
        assertErrorType(kit.api().daemons().registerTaskDefinition(DaemonTaskDefinitionSpec.builder().family(family).build()),
                EcsError.class);
        assertThat(right(kit.api().daemons().describeTaskDefinition(family)).revision()).contains(1);
    }

    @Test
    void createDaemon_onAProviderThatIsNotManagedInstances_isRefused_andNothingIsCreated() {
        String family = fixtures.family();
        DaemonTaskDefinition td = right(kit.api().daemons().registerTaskDefinition(agent(family, ContractFixtures.IMAGE)));
        String fargate = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":capacity-provider/FARGATE";

        var refused = kit.api().daemons().create(DaemonSpec.builder().daemonName("node-agent").clusterArn(cluster.value())
                .daemonTaskDefinitionArn(td.daemonTaskDefinitionArn().get()).capacityProviderArns(List.of(fargate)).build());

        assertError(refused, EcsError.InvalidParameter.class, EcsRule.DAEMON_MANAGED_INSTANCES_PROVIDERS.message(fargate));
        assertThat(right(kit.api().daemons().list(Option.of(cluster.value()), List.empty()))).isEmpty();
    }

    @Test
    void unknownDaemons_areNotFound_andTheirDeploymentsAndRevisionsMissing() {
        String daemon = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":daemon/" + cluster.value() + "/node-agent";
        String deployment = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":daemon-deployment/" + cluster.value()
                + "/node-agent/aB1cD2eF3gH4iJ5k";

        var described = kit.api().daemons().describe(daemon);
        var deployments = right(kit.api().daemons().describeDeployments(List.of(deployment)));

        assertThat(described.getLeft().code()).isEqualTo("DaemonNotFoundException");
        assertThat(described.getLeft().message()).isEqualTo(EcsRule.DAEMON_FOUND.message(daemon));
        assertThat(deployments.failures().map(f -> f.reason())).containsExactly("MISSING");
        assertThat(kit.api().daemons().delete(daemon).getLeft().code()).isEqualTo("DaemonNotFoundException");
    }
}
