package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.domain.taskdef.Volume;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory backend refuses what RegisterTaskDefinition refuses, with ECS's error and exact
 * message, through the same rule book the domain's validation uses (first violation, as ECS answers).
 */
class InMemoryRulesTest {

    private final InMemoryEcsKit kit = InMemoryEcsKit.create();

    private static ContainerDefinition web() {
        return ContainerDefinition.builder().name("web").image("nginx:1.27").memory(256).build();
    }

    private static TaskDefinition bridge(List<ContainerDefinition> containers) {
        return TaskDefinition.builder().family("rules").networkMode(NetworkMode.BRIDGE).containerDefinitions(containers).build();
    }

    private EcsError refused(TaskDefinition td) {
        return kit.api().taskDefinitions().register(td).getLeft();
    }

    @Test
    void secretsRequireExecutionRole_onEitherLaunchType() {
        ContainerDefinition withSecret = web().toBuilder().secrets(List.of(Secret.of("DB_PASSWORD",
                "arn:aws:ssm:us-east-1:123456789012:parameter/app/db"))).build();

        EcsError error = refused(bridge(List.of(withSecret)));
        assertThat(error.code()).isEqualTo("ClientException");
        assertThat(error.message()).isEqualTo(
                "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.");
        assertThat(kit.api().taskDefinitions().register(bridge(List.of(withSecret)).toBuilder()
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole").build()).isRight()).isTrue();
    }

    @Test
    void mountPointVolumeExists_unknownVolume_isRefused_declaredVolume_isRegistered() {
        ContainerDefinition mounting = web().toBuilder().mountPoints(List.of(MountPoint.builder().sourceVolume("data")
                .containerPath("/data").build())).build();

        EcsError error = refused(bridge(List.of(mounting)));
        assertThat(error).isEqualTo(EcsError.of(EcsRule.MOUNT_POINT_VOLUME_EXISTS, "data"));
        assertThat(error.message()).isEqualTo("Unknown volume 'data'.");
        assertThat(kit.api().taskDefinitions().register(bridge(List.of(mounting)).toBuilder()
                .volumes(List.of(Volume.builder().name("data").build())).build()).isRight()).isTrue();
    }

    @Test
    void hostPortMappedOnce_twoBridgeContainersOnHostPort3000_isRefused() {
        ContainerDefinition a = web().toBuilder().portMappings(List.of(PortMapping.builder().containerPort(3000).hostPort(3000).build())).build();
        ContainerDefinition b = a.toBuilder().name("api").build();

        assertThat(refused(bridge(List.of(a, b))).message()).isEqualTo("TCP host port '3000' is mapped multiple times in task.");
    }

    /** Registration accepts tcp and udp on one port (ECS refuses it later, at CreateService with a load balancer). */
    @Test
    void tcpAndUdpOnOnePort_isRegistered() {
        ContainerDefinition dns = web().toBuilder().portMappings(List.of(PortMapping.builder().containerPort(53).hostPort(53).build(),
                PortMapping.builder().containerPort(53).hostPort(53).protocol(TransportProtocol.UDP).build())).build();

        assertThat(kit.api().taskDefinitions().register(bridge(List.of(dns))).isRight()).isTrue();
    }

    @Test
    void fargateTaskSize_isRefusedInEcsCurrentWording() {
        TaskDefinition td = TaskDefinition.builder().family("size").requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC).cpu("1024").memory("1024").containerDefinitions(List.of(web())).build();

        assertThat(refused(td).message()).isEqualTo("No Fargate configuration exists for given values: 1024 CPU, 1024 memory. "
                + "See the Amazon ECS documentation for the valid values.");
    }

    @Test
    void taskDefinitionRequestSize_over64KiB_isRefused() {
        ContainerDefinition big = web().toBuilder().command(List.of("x".repeat(70_000))).build();

        EcsError error = refused(bridge(List.of(big)));
        assertThat(error.code()).isEqualTo("ClientException");
        assertThat(error.message()).matches("Actual length: '\\d+'\\. Max allowed length is '65536' bytes\\.");
    }

    /** Model constraints come before ECS's own checks: the unknown cluster is not what AWS answers. */
    @Test
    void capacityProviderWeightRange_isAnsweredBeforeTheClusterIsLookedUp() {
        var refused = kit.api().services().create(io.ecskit.domain.service.ServiceSpec.builder()
                .cluster(new io.ecskit.domain.arn.ClusterName("nowhere")).serviceName("web")
                .taskDefinition(io.ecskit.domain.arn.TaskDefinitionRef.latest("web"))
                .capacityProviderStrategy(List.of(io.ecskit.domain.CapacityProviderStrategyItem.builder()
                        .capacityProvider("FARGATE").weight(1001).build())).build()).getLeft();

        assertThat(refused).isInstanceOf(EcsError.InvalidParameter.class);
        assertThat(refused.message()).isEqualTo("1 validation error detected: Value '1001' at 'capacityProviderStrategy.1.member.weight' "
                + "failed to satisfy constraint: Member must have value less than or equal to 1000");
    }

    @Test
    void tagCharacters_createClusterWithAnAsteriskInATag_isRefused_andNoClusterExists() {
        var refused = kit.api().clusters().create(io.ecskit.domain.cluster.ClusterSpec.named(new io.ecskit.domain.arn.ClusterName("apps"))
                .toBuilder().tags(List.of(io.ecskit.domain.Tag.of("cost*center", "42"))).build()).getLeft();

        assertThat(refused.message()).contains("Value 'cost*center' at 'tags.1.member.key'");
        assertThat(kit.api().clusters().describe(new io.ecskit.domain.arn.ClusterName("apps")).get()).isEmpty();
    }

    /** Issue 12's strategy rules at CreateService: a PAUSE hook at PRODUCTION_TRAFFIC_SHIFT is refused, nothing created. */
    @Test
    void pauseHookStage_createServiceIsRefused_andNoServiceExists() {
        var cluster = new io.ecskit.domain.arn.ClusterName("apps");
        kit.api().clusters().create(io.ecskit.domain.cluster.ClusterSpec.named(cluster)).get();
        kit.api().taskDefinitions().register(bridge(List.of(web()))).get();
        var hook = io.ecskit.domain.service.DeploymentLifecycleHook.builder()
                .targetType(io.ecskit.domain.service.DeploymentLifecycleHookTargetType.PAUSE)
                .lifecycleStages(List.of(io.ecskit.domain.service.DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT)).build();

        EcsError refused = kit.api().services().create(io.ecskit.domain.service.ServiceSpec.builder().cluster(cluster).serviceName("web")
                .taskDefinition(io.ecskit.domain.arn.TaskDefinitionRef.latest("rules"))
                .deploymentConfiguration(io.ecskit.domain.service.DeploymentConfiguration.builder()
                        .strategy(io.ecskit.domain.service.DeploymentStrategy.BLUE_GREEN).lifecycleHooks(List.of(hook)).build())
                .build()).getLeft();

        assertThat(refused).isEqualTo(EcsError.of(EcsRule.PAUSE_HOOK_STAGE, "PRODUCTION_TRAFFIC_SHIFT"));
        assertThat(kit.api().services().list(cluster).get()).isEmpty();
    }
}
