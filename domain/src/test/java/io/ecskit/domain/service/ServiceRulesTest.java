package io.ecskit.domain.service;

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
    private static final String VPC = "networkConfiguration.awsvpcConfiguration";

    private static AwsVpcConfiguration vpc(int subnets, int groups) {
        return AwsVpcConfiguration.of(List.range(0, subnets).map(i -> String.format("subnet-%08x", i)),
                List.range(0, groups).map(i -> String.format("sg-%08x", i)), AssignPublicIp.DISABLED);
    }

    private static Seq<Violation> check(int desired, Option<AwsVpcConfiguration> network, Seq<LoadBalancer> lbs,
                                        DeploymentConfiguration deployment) {
        return ServiceRules.check(FARGATE, desired, network, lbs, deployment);
    }

    private static Seq<String> paths(Seq<Violation> violations) {
        return violations.map(Violation::path);
    }

    @Test
    void desiredCount_zeroIsValid_minusOneIsNot() {
        assertThat(check(0, Option.of(vpc(1, 1)), List.empty(), DeploymentConfiguration.ECS_DEFAULT)).isEmpty();
        assertThat(check(-1, Option.of(vpc(1, 1)), List.empty(), DeploymentConfiguration.ECS_DEFAULT))
                .containsExactly(Violation.invalidParameter("desiredCount", "desiredCount can not be negative."));
    }

    @Test
    void awsvpc_withoutNetworkConfiguration_isRefusedWithEcsMessage() {
        assertThat(check(1, Option.none(), List.empty(), DeploymentConfiguration.ECS_DEFAULT)).containsExactly(
                Violation.invalidParameter("networkConfiguration",
                        "Network Configuration must be provided when networkMode 'awsvpc' is specified."));
    }

    @Test
    void subnets_oneAnd16AreValid_zeroAnd17AreNot() {
        assertThat(check(1, Option.of(vpc(16, 1)), List.empty(), DeploymentConfiguration.ECS_DEFAULT)).isEmpty();
        assertThat(paths(check(1, Option.of(vpc(17, 1)), List.empty(), DeploymentConfiguration.ECS_DEFAULT)))
                .containsExactly(VPC + ".subnets");
        assertThat(paths(check(1, Option.of(vpc(0, 1)), List.empty(), DeploymentConfiguration.ECS_DEFAULT)))
                .containsExactly(VPC + ".subnets");
    }

    @Test
    void securityGroups_fiveAreValid_sixAreNot() {
        assertThat(check(1, Option.of(vpc(1, 5)), List.empty(), DeploymentConfiguration.ECS_DEFAULT)).isEmpty();
        assertThat(paths(check(1, Option.of(vpc(1, 6)), List.empty(), DeploymentConfiguration.ECS_DEFAULT)))
                .containsExactly(VPC + ".securityGroups");
    }

    @Test
    void ids_mustLookLikeSubnetAndSecurityGroupIds() {
        AwsVpcConfiguration bad = AwsVpcConfiguration.of(List.of("subnet-8f0fdfc5", "vpc-123"), List.of("default"),
                AssignPublicIp.ENABLED);

        assertThat(paths(check(1, Option.of(bad), List.empty(), DeploymentConfiguration.ECS_DEFAULT)))
                .containsExactly(VPC + ".subnets[1]", VPC + ".securityGroups[0]");
    }

    @Test
    void loadBalancer_underAwsvpc_needsATargetGroupAndAnExposedContainerPort() {
        LoadBalancer classic = new LoadBalancer(Option.none(), Option.of("classic-elb"), "hello-world", 80);
        LoadBalancer unknownContainer = LoadBalancer.targetGroup("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1",
                "nope", 80);
        LoadBalancer unexposedPort = LoadBalancer.targetGroup("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1",
                "hello-world", 8080);
        LoadBalancer good = LoadBalancer.targetGroup("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1",
                "hello-world", 80);

        assertThat(paths(check(1, Option.of(vpc(1, 1)), List.of(classic, unknownContainer, unexposedPort, good),
                DeploymentConfiguration.ECS_DEFAULT)))
                .containsExactly("loadBalancers[0].targetGroupArn", "loadBalancers[1].containerName", "loadBalancers[2].containerPort");
    }

    @Test
    void deploymentPercents_minimumHealthy0And100AreValid_101IsNot_maximum100IsValid_99IsNot() {
        var ok = check(1, Option.of(vpc(1, 1)), List.empty(), new DeploymentConfiguration(0, 100, DeploymentCircuitBreaker.DISABLED));
        var bad = check(1, Option.of(vpc(1, 1)), List.empty(), new DeploymentConfiguration(101, 99, DeploymentCircuitBreaker.DISABLED));

        assertThat(ok).isEmpty();
        assertThat(paths(bad)).containsExactly("deploymentConfiguration.minimumHealthyPercent", "deploymentConfiguration.maximumPercent");
    }
}
