package io.ecskit.domain.service;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionFixtures;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRulesTest {

    private static final TaskDefinition FARGATE = TaskDefinitionFixtures.fargate().build();
    private static final DeploymentConfiguration ECS_DEFAULT = DeploymentConfiguration.builder()
            .maximumPercent(200).minimumHealthyPercent(100).build();
    private static final String VPC = "networkConfiguration.awsvpcConfiguration";

    private static AwsVpcConfiguration vpc(int subnets, int groups) {
        return AwsVpcConfiguration.of(List.range(0, subnets).map(i -> String.format("subnet-%08x", i)),
                List.range(0, groups).map(i -> String.format("sg-%08x", i)), AssignPublicIp.DISABLED);
    }

    private static Seq<Violation> check(int desired, Option<AwsVpcConfiguration> network, Seq<LoadBalancer> lbs,
                                        DeploymentConfiguration deployment) {
        ServiceSpec spec = ServiceSpec.builder().serviceName("web").taskDefinition(io.ecskit.domain.arn.TaskDefinitionRef.latest("web"))
                .networkConfiguration(network.map(io.ecskit.domain.NetworkConfiguration::awsvpc))
                .loadBalancers(List.ofAll(lbs)).deploymentConfiguration(deployment).build();
        return ServiceRules.check(FARGATE, spec, desired);
    }

    private static Seq<String> paths(Seq<Violation> violations) {
        return violations.map(Violation::path);
    }

    @Test
    void desiredCount_zeroIsValid_minusOneIsNot() {
        assertThat(check(0, Option.of(vpc(1, 1)), List.empty(), ECS_DEFAULT)).isEmpty();
        assertThat(check(-1, Option.of(vpc(1, 1)), List.empty(), ECS_DEFAULT))
                .containsExactly(EcsRule.DESIRED_COUNT_NOT_NEGATIVE.at("desiredCount"));
    }

    @Test
    void awsvpc_withoutNetworkConfiguration_isRefusedWithEcsMessage() {
        assertThat(check(1, Option.none(), List.empty(), ECS_DEFAULT)).containsExactly(
                EcsRule.NETWORK_CONFIGURATION_REQUIRED.at("networkConfiguration"));
    }

    @Test
    void subnets_oneAnd16AreValid_zeroAnd17AreNot() {
        assertThat(check(1, Option.of(vpc(16, 1)), List.empty(), ECS_DEFAULT)).isEmpty();
        assertThat(paths(check(1, Option.of(vpc(17, 1)), List.empty(), ECS_DEFAULT)))
                .containsExactly(VPC + ".subnets");
        assertThat(paths(check(1, Option.of(vpc(0, 1)), List.empty(), ECS_DEFAULT)))
                .containsExactly(VPC + ".subnets");
    }

    @Test
    void securityGroups_fiveAreValid_sixAreNot() {
        assertThat(check(1, Option.of(vpc(1, 5)), List.empty(), ECS_DEFAULT)).isEmpty();
        assertThat(paths(check(1, Option.of(vpc(1, 6)), List.empty(), ECS_DEFAULT)))
                .containsExactly(VPC + ".securityGroups");
    }

    @Test
    void ids_mustLookLikeSubnetAndSecurityGroupIds() {
        AwsVpcConfiguration bad = AwsVpcConfiguration.of(List.of("subnet-8f0fdfc5", "vpc-123"), List.of("default"),
                AssignPublicIp.ENABLED);

        assertThat(paths(check(1, Option.of(bad), List.empty(), ECS_DEFAULT)))
                .containsExactly(VPC + ".subnets[1]", VPC + ".securityGroups[0]");
    }

    @Test
    void loadBalancer_underAwsvpc_needsATargetGroupAndAnExposedContainerPort() {
        LoadBalancer classic = LoadBalancer.builder().loadBalancerName("classic-elb").containerName("hello-world").containerPort(80).build();
        LoadBalancer unknownContainer = LoadBalancer.builder().targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1").containerName("nope").containerPort(80).build();
        LoadBalancer unexposedPort = LoadBalancer.builder().targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1").containerName("hello-world").containerPort(8080).build();
        LoadBalancer good = LoadBalancer.builder().targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1").containerName("hello-world").containerPort(80).build();

        assertThat(paths(check(1, Option.of(vpc(1, 1)), List.of(classic, unknownContainer, unexposedPort, good),
                ECS_DEFAULT)))
                .containsExactly("loadBalancers[0].targetGroupArn", "loadBalancers[1].containerName", "loadBalancers[2].containerPort");
    }

    @Test
    void deploymentPercents_minimumHealthy0And100AreValid_101IsNot_maximum100IsValid_99IsNot() {
        var ok = check(1, Option.of(vpc(1, 1)), List.empty(), DeploymentConfiguration.builder().minimumHealthyPercent(0).maximumPercent(100).build());
        var bad = check(1, Option.of(vpc(1, 1)), List.empty(), DeploymentConfiguration.builder().minimumHealthyPercent(101).maximumPercent(99).build());

        assertThat(ok).isEmpty();
        assertThat(paths(bad)).containsExactly("deploymentConfiguration.minimumHealthyPercent", "deploymentConfiguration.maximumPercent");
    }

    /** LOAD_BALANCED_PORT_ONE_MAPPING: tcp and udp on port 53 register fine, but a load balancer on that port is refused. */
    @Test
    void loadBalancedPortOneMapping_tcpAndUdpOnTheBalancedPort_isRefusedAtCreateService() {
        TaskDefinition dns = FARGATE.toBuilder().containerDefinitions(FARGATE.containerDefinitions().map(c -> c.toBuilder()
                .portMappings(List.of(io.ecskit.domain.taskdef.PortMapping.builder().containerPort(53).build(),
                        io.ecskit.domain.taskdef.PortMapping.builder().containerPort(53)
                                .protocol(io.ecskit.domain.taskdef.TransportProtocol.UDP).build())).build())).build();
        LoadBalancer lb = LoadBalancer.builder().targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1")
                .containerName("hello-world").containerPort(53).build();
        ServiceSpec spec = ServiceSpec.builder().serviceName("dns").taskDefinition(io.ecskit.domain.arn.TaskDefinitionRef.latest("dns"))
                .networkConfiguration(io.ecskit.domain.NetworkConfiguration.awsvpc(vpc(1, 1))).loadBalancers(List.of(lb)).build();

        assertThat(io.ecskit.domain.taskdef.TaskDefinitionRules.validate(dns).isRight()).isTrue();
        Seq<Violation> refused = ServiceRules.check(dns, spec, 1);
        assertThat(refused).containsExactly(EcsRule.LOAD_BALANCED_PORT_ONE_MAPPING.at("loadBalancers[0].containerPort", "53", "hello-world"));
        assertThat(refused.head().message()).isEqualTo("Container port 53 is used in more than one port mapping for container hello-world");
        assertThat(refused.head().laterCall()).contains(EcsRule.LOAD_BALANCED_PORT_ONE_MAPPING.call());
    }
}
