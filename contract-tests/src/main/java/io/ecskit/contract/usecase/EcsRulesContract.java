package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractFixtures;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's cases from public reports, on every backend: what ECS refuses is refused with ECS's
 * code and words and the rule's id (docs/ecs-rules.md), before anything is created; what ECS
 * accepts is registered. The port-level refusal needs a backend that validates as ECS does
 * (TASK_DEFINITION_VALIDATION); the use case refuses on every backend, since it checks first.
 */
public abstract class EcsRulesContract extends ContractTest {

    /** A task definition ECS's RegisterTaskDefinition refuses, with ECS's answer as users quoted it. */
    public record Refusal(String rule, String code, String message, UnaryOperator<TaskDefinition> from) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static ContainerDefinition web() {
        return ContainerDefinition.builder().name("web").image(ContractFixtures.IMAGE).memory(256).build();
    }

    private static TaskDefinition bridge(TaskDefinition base, ContainerDefinition... containers) {
        return base.toBuilder().requiresCompatibilities(List.of(Compatibility.EC2)).networkMode(NetworkMode.BRIDGE)
                .cpu(io.vavr.control.Option.none()).memory(io.vavr.control.Option.none())
                .executionRoleArn(io.vavr.control.Option.none()).containerDefinitions(List.of(containers)).build();
    }

    /** The refusals, each applied to the backend's minimal Fargate definition ({@link ContractFixtures#fargate}). */
    public static Stream<Refusal> refusals() {
        ContainerDefinition onPort3000 = web().toBuilder()
                .portMappings(List.of(PortMapping.builder().containerPort(3000).hostPort(3000).build())).build();
        return Stream.of(
                new Refusal("secretsRequireExecutionRole", "ClientException",
                        "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
                        td -> bridge(td, web().toBuilder().secrets(List.of(Secret.of("DB_PASSWORD",
                                "arn:aws:ssm:us-east-1:123456789012:parameter/app/db"))).build())),
                new Refusal("mountPointVolumeExists", "ClientException", "Unknown volume 'data'.",
                        td -> bridge(td, web().toBuilder().mountPoints(List.of(MountPoint.builder().sourceVolume("data")
                                .containerPath("/data").build())).build())),
                new Refusal("hostPortMappedOnce", "ClientException", "TCP host port '3000' is mapped multiple times in task.",
                        td -> bridge(td, onPort3000, onPort3000.toBuilder().name("api").build())),
                new Refusal("fargateTaskSize", "ClientException",
                        "No Fargate configuration exists for given values: 1024 CPU, 1024 memory. "
                                + "See the Amazon ECS documentation for the valid values.",
                        td -> td.toBuilder().cpu("1024").memory("1024").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void deploy_refusesWhatEcsRefuses_withEcsWordsAndTheRuleId_creatingNothing(Refusal refusal) {
        TaskDefinition td = refusal.from().apply(fixtures.fargate(fixtures.family()));

        Either<EcsError, ?> result = kit.deploy(DeployService.Command.of(td, fixtures.clusterName(),
                fixtures.serviceName(), 1).withNetwork(fixtures.network()), DeploymentProgress.Listener.NONE);

        assertThat(result.isLeft()).as("%s", result).isTrue();
        assertThat(result.getLeft()).isInstanceOf(EcsError.Invalid.class);
        Violation violation = ((EcsError.Invalid) result.getLeft()).violations()
                .find(v -> v.rule().exists(r -> r.id().equals(refusal.rule()))).getOrElseThrow(() ->
                        new AssertionError("no violation of " + refusal.rule() + " in " + result.getLeft()));
        assertThat(violation.kind().awsCode()).isEqualTo(refusal.code());
        assertThat(violation.message()).isEqualTo(refusal.message());
        assertThat(right(kit.api().clusters().describe(fixtures.clusterName()))).isEmpty();
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.latest(td.family())))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void registerTaskDefinition_refusesWhatEcsRefuses_withItsCodeAndMessage(Refusal refusal) {
        requires(Capability.TASK_DEFINITION_VALIDATION);
        TaskDefinition td = refusal.from().apply(fixtures.fargate(fixtures.family()));

        Either<EcsError, RegisteredTaskDefinition> result = kit.api().taskDefinitions().register(td);

        assertThat(result.isLeft()).as("%s", result).isTrue();
        assertThat(result.getLeft().code()).isEqualTo(refusal.code());
        assertThat(result.getLeft().message()).isEqualTo(refusal.message());
    }

    /** Issue 11 point 2: RegisterTaskDefinition accepts tcp and udp on one port (refused later, with a load balancer). */
    @Test
    void registerTaskDefinition_acceptsTcpAndUdpOnOnePort_andStoresBoth() {
        TaskDefinition base = fixtures.fargate(fixtures.family());
        TaskDefinition dns = base.toBuilder().containerDefinitions(List.of(base.containerDefinitions().head().toBuilder()
                .portMappings(List.of(PortMapping.tcp(53), PortMapping.builder().containerPort(53)
                        .protocol(TransportProtocol.UDP).build())).build())).build();

        RegisteredTaskDefinition registered = right(kit.api().taskDefinitions().register(dns));

        assertThat(registered.definition().containerDefinitions().head().portMappings()
                .map(p -> p.containerPort().get() + "/" + p.protocol().map(TransportProtocol::wire).getOrElse("tcp")))
                .containsExactly("53/tcp", "53/udp");
    }

    /** Rule loadBalancedPortOneMapping: the same definition behind a load balancer on that port is refused at CreateService. */
    @Test
    void deploy_withALoadBalancerOnAPortMappedTwice_isRefused_atCreateService() {
        TaskDefinition base = fixtures.fargate(fixtures.family());
        TaskDefinition dns = base.toBuilder().containerDefinitions(List.of(base.containerDefinitions().head().toBuilder()
                .portMappings(List.of(PortMapping.tcp(53), PortMapping.builder().containerPort(53)
                        .protocol(TransportProtocol.UDP).build())).build())).build();
        LoadBalancer lb = LoadBalancer.builder()
                .targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/dns/0123456789abcdef")
                .containerName("web").containerPort(53).build();

        Either<EcsError, ?> result = kit.deploy(DeployService.Command.of(dns, fixtures.clusterName(),
                fixtures.serviceName(), 1).withNetwork(fixtures.network()).withLoadBalancers(List.of(lb)),
                DeploymentProgress.Listener.NONE);

        assertThat(result.isLeft()).as("%s", result).isTrue();
        Violation violation = ((EcsError.Invalid) result.getLeft()).violations().head();
        assertThat(violation.rule().map(r -> r.id())).contains("loadBalancedPortOneMapping");
        assertThat(violation.laterCall()).isNotEmpty();
        assertThat(violation.message()).startsWith("Container port 53 is used in more than one port mapping for container web");
        assertThat(right(kit.api().clusters().describe(fixtures.clusterName()))).isEmpty();
    }
}
