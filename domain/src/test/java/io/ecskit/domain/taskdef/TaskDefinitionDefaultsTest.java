package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.ec2Bridge;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule taskDefinitionDefaults: what ECS stores for members a task definition leaves out. */
class TaskDefinitionDefaultsTest {

    private static final List<String> CHECK = List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1");

    /** A Fargate file that leaves every defaulted member to ECS. */
    private static TaskDefinition leftToEcs() {
        return withContainer(fargate(), c -> c.cpu(Option.none()).essential(Option.none())
                .portMappings(List.of(PortMapping.tcp(80)))
                .healthCheck(HealthCheck.builder().command(CHECK).build()));
    }

    private static ContainerDefinition storedContainer(TaskDefinition td) {
        return TaskDefinitionDefaults.stored(td).containerDefinitions().head();
    }

    @Test
    void taskDefinitionDefaults_containerCpu_isZero() {
        assertThat(storedContainer(leftToEcs()).cpu()).contains(0);
    }

    @Test
    void taskDefinitionDefaults_essential_isTrue() {
        assertThat(storedContainer(leftToEcs()).essential()).contains(true);
    }

    @Test
    void taskDefinitionDefaults_protocol_isTcp_andAwsvpcHostPort_isTheContainerPort() {
        PortMapping stored = storedContainer(leftToEcs()).portMappings().head();

        assertThat(stored.protocol()).contains(TransportProtocol.TCP);
        assertThat(stored.hostPort()).contains(80);
        assertThat(stored.containerPort()).contains(80);
    }

    @Test
    void taskDefinitionDefaults_bridgeHostPort_staysAbsent_protocolFilled() {
        TaskDefinition bridge = withContainer(ec2Bridge(), c -> c.portMappings(List.of(PortMapping.tcp(8080))));

        PortMapping stored = storedContainer(bridge).portMappings().head();

        assertThat(stored.hostPort()).isEmpty();
        assertThat(stored.protocol()).contains(TransportProtocol.TCP);
    }

    @Test
    void taskDefinitionDefaults_awsvpcPortRange_getsNoHostPort() {
        TaskDefinition range = withContainer(fargate(), c -> c.portMappings(List.of(
                PortMapping.builder().containerPortRange("8000-8010").build())));

        PortMapping stored = storedContainer(range).portMappings().head();

        assertThat(stored.hostPort()).isEmpty();
        assertThat(stored.containerPortRange()).contains("8000-8010");
    }

    @Test
    void taskDefinitionDefaults_healthCheck_interval30Timeout5Retries3_startPeriodStaysAbsent() {
        HealthCheck stored = storedContainer(leftToEcs()).healthCheck().get();

        assertThat(stored.command()).isEqualTo(CHECK);
        assertThat(stored.interval()).contains(30);
        assertThat(stored.timeout()).contains(5);
        assertThat(stored.retries()).contains(3);
        assertThat(stored.startPeriod()).isEmpty();
    }

    @Test
    void taskDefinitionDefaults_noHealthCheck_staysWithout() {
        assertThat(storedContainer(fargate().build()).healthCheck()).isEmpty();
    }

    @Test
    void taskDefinitionDefaults_givenValues_areKept() {
        TaskDefinition given = withContainer(fargate().networkMode(NetworkMode.AWSVPC), c -> c.cpu(128).essential(false)
                .portMappings(List.of(PortMapping.builder().containerPort(53).hostPort(53).protocol(TransportProtocol.UDP).build()))
                .healthCheck(HealthCheck.builder().command(CHECK).interval(10).timeout(2).retries(1).startPeriod(60).build()));
        // another container keeps the task valid (one must be essential)
        given = given.toBuilder().containerDefinitions(given.containerDefinitions()
                .append(TaskDefinitionFixtures.fargateContainer("sidecar").portMappings(List.of(PortMapping.builder()
                        .containerPort(8080).hostPort(8080).protocol(TransportProtocol.TCP).build())).build())).build();

        TaskDefinition stored = TaskDefinitionDefaults.stored(given);

        assertThat(stored).isEqualTo(given);
    }

    @Test
    void taskDefinitionDefaults_changeNothingElse() {
        TaskDefinition given = leftToEcs();
        TaskDefinition stored = TaskDefinitionDefaults.stored(given);
        ContainerDefinition before = given.containerDefinitions().head();
        ContainerDefinition after = stored.containerDefinitions().head();

        assertThat(stored.toBuilder().containerDefinitions(given.containerDefinitions()).build()).isEqualTo(given);
        assertThat(after.toBuilder().cpu(before.cpu()).essential(before.essential())
                .portMappings(before.portMappings()).healthCheck(before.healthCheck()).build()).isEqualTo(before);
        // networkMode absent is run as bridge but not stored as such
        TaskDefinition noMode = ec2Bridge().networkMode(Option.none()).build();
        assertThat(TaskDefinitionDefaults.stored(noMode).networkMode()).isEmpty();
    }

    @Test
    void taskDefinitionDefaults_storedTwice_isStoredOnce() {
        TaskDefinition once = TaskDefinitionDefaults.stored(leftToEcs());

        assertThat(TaskDefinitionDefaults.stored(once)).isEqualTo(once);
    }

    @Test
    void taskDefinitionDefaults_emptyLists_areTheSameValueAsAbsent() {
        TaskDefinition withEmpty = withContainer(fargate(), c -> c.environment(List.<KeyValuePair>empty())
                .mountPoints(List.empty()).volumesFrom(List.empty()).systemControls(List.empty()));

        assertThat(TaskDefinitionDefaults.stored(withEmpty)).isEqualTo(TaskDefinitionDefaults.stored(fargate().build()));
    }

    @Test
    void taskDefinitionDefaults_givenAndDefaulted_areTheSame() {
        assertThat(TaskDefinitionComparison.sameAs(leftToEcs(), TaskDefinitionDefaults.stored(leftToEcs()))).isTrue();
    }

    @Test
    void taskDefinitionDefaults_diffOfHealthCheckWithOnlyCommand_againstTheStoredForm_hasNoChanges() {
        TaskDefinition file = leftToEcs();
        TaskDefinition live = TaskDefinitionDefaults.stored(file);

        assertThat(TaskDefinitionDiff.between(live, file)).isEmpty();
        assertThat(TaskDefinitionDiff.between(file, live)).isEmpty();
    }

    @Test
    void taskDefinitionDefaults_aGivenValueOtherThanTheDefault_isStillAChange() {
        TaskDefinition live = TaskDefinitionDefaults.stored(leftToEcs());
        TaskDefinition desired = withContainer(leftToEcs().toBuilder(), c -> c.healthCheck(
                HealthCheck.builder().command(CHECK).interval(10).build()));

        assertThat(TaskDefinitionDiff.between(live, desired).map(Object::toString))
                .containsExactly("containerDefinitions[0].healthCheck.interval: 30 -> 10");
    }

    @Test
    void taskDefinitionDefaults_storedForm_passesTheRules() {
        assertThat(TaskDefinitionRules.validate(TaskDefinitionDefaults.stored(leftToEcs())).isRight()).isTrue();
    }
}
