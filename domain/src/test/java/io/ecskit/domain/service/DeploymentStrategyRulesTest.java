package io.ecskit.domain.service;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ServiceRules.deploymentStrategy: the settings of BLUE_GREEN, LINEAR, CANARY and lifecycle hooks (issue 12; docs/ecs-rules.md). */
class DeploymentStrategyRulesTest {

    private static Seq<String> rules(DeploymentConfiguration d, LoadBalancer... lbs) {
        return ServiceRules.deploymentStrategy(Option.of(d), List.of(lbs)).map(v -> v.rule().get().id());
    }

    private static DeploymentConfigurationBuilder strategy(DeploymentStrategy s) {
        return DeploymentConfiguration.builder().strategy(s);
    }

    @Test
    void linear_rangesOfStepPercentAndBakeTime() {
        var broken = ServiceRules.deploymentStrategy(Option.of(strategy(DeploymentStrategy.LINEAR).bakeTimeInMinutes(1441)
                .linearConfiguration(LinearConfiguration.builder().stepPercent(2.9).stepBakeTimeInMinutes(-1).build()).build()), List.empty());

        assertThat(broken.map(Violation::path)).containsExactly("deploymentConfiguration.bakeTimeInMinutes",
                "deploymentConfiguration.linearConfiguration.stepPercent", "deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes");
        assertThat(broken.get(1).message()).isEqualTo("linearConfiguration.stepPercent must be between 3.0 and 100.0, but was 2.9.");
        assertThat(rules(strategy(DeploymentStrategy.LINEAR).bakeTimeInMinutes(1440)
                .linearConfiguration(LinearConfiguration.builder().stepPercent(3.0).stepBakeTimeInMinutes(1440).build()).build())).isEmpty();
    }

    @Test
    void canary_ranges_andAConfigurationOfAnotherStrategyIsStoredNotRefused() {
        DeploymentConfiguration canaryOnRolling = DeploymentConfiguration.builder()
                .canaryConfiguration(CanaryConfiguration.builder().canaryPercent(0.05).canaryBakeTimeInMinutes(10).build()).build();

        var broken = ServiceRules.deploymentStrategy(Option.of(canaryOnRolling), List.empty());

        assertThat(broken.map(v -> v.rule().get().id())).containsExactly("canaryPercentRange");
        assertThat(broken.head().message()).isEqualTo("canaryConfiguration.canaryPercent must be between 0.1 and 100.0, but was 0.05.");
        assertThat(rules(strategy(DeploymentStrategy.CANARY).canaryConfiguration(CanaryConfiguration.builder().canaryPercent(0.1)
                .canaryBakeTimeInMinutes(0).build()).build())).isEmpty();
    }

    @Test
    void earlySuccessCriteria_onlyWithRolling() {
        DeploymentEarlySuccessCriteria early = DeploymentEarlySuccessCriteria.builder().enable(true).healthyPercent(50).build();

        assertThat(rules(strategy(DeploymentStrategy.BLUE_GREEN).earlySuccessCriteria(early).build())).containsExactly("earlySuccessOnlyRolling");
        assertThat(rules(strategy(DeploymentStrategy.ROLLING).earlySuccessCriteria(early).build())).isEmpty();
    }

    @Test
    void lifecycleHooks_pauseNotAtTrafficShifts_lambdaWithFunctionAndRole_timeout1To20160() {
        DeploymentLifecycleHook pause = DeploymentLifecycleHook.builder().targetType(DeploymentLifecycleHookTargetType.PAUSE)
                .lifecycleStages(List.of(DeploymentLifecycleHookStage.POST_SCALE_UP, DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT))
                .timeoutConfiguration(DeploymentLifecycleHookTimeoutConfiguration.builder().timeoutInMinutes(20_161).build()).build();
        DeploymentLifecycleHook lambda = DeploymentLifecycleHook.builder().targetType(DeploymentLifecycleHookTargetType.AWS_LAMBDA)
                .hookTargetArn("arn:aws:lambda:us-east-1:123456789012:function:check")
                .lifecycleStages(List.of(DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT)).build();

        var broken = ServiceRules.deploymentStrategy(Option.of(strategy(DeploymentStrategy.BLUE_GREEN)
                .lifecycleHooks(List.of(pause, lambda)).build()), List.empty());

        assertThat(broken.map(v -> v.rule().get().id())).containsExactly("pauseHookStage", "hookTimeoutRange", "lambdaHookTarget");
        assertThat(broken.head().message()).isEqualTo("A PAUSE lifecycle hook cannot run at the PRODUCTION_TRAFFIC_SHIFT lifecycle stage.");
        assertThat(broken.get(1).message()).contains("'deploymentConfiguration.lifecycleHooks.1.member.timeoutConfiguration.timeoutInMinutes'")
                .endsWith("Member must have value less than or equal to 20160");
        assertThat(broken.last().path()).isEqualTo("deploymentConfiguration.lifecycleHooks[1]");
    }

    @Test
    void trafficShiftingStrategies_needTheAlternateTargetGroup_listenerRuleAndRole_forALoadBalancer() {
        LoadBalancer plain = LoadBalancer.builder().targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/blue/1")
                .containerName("web").containerPort(80).build();
        LoadBalancer shifting = plain.toBuilder().advancedConfiguration(AdvancedConfiguration.builder()
                .alternateTargetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green/2")
                .productionListenerRule("arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/1/2/3")
                .roleArn("arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers").build()).build();

        for (DeploymentStrategy s : List.of(DeploymentStrategy.BLUE_GREEN, DeploymentStrategy.LINEAR, DeploymentStrategy.CANARY)) {
            assertThat(rules(strategy(s).build(), plain)).as(s.wire()).containsExactly("trafficShiftNeedsAdvancedConfiguration");
            assertThat(rules(strategy(s).build(), shifting)).as(s.wire()).isEmpty();
        }
        assertThat(rules(strategy(DeploymentStrategy.ROLLING).build(), plain)).isEmpty();
        assertThat(ServiceRules.deploymentStrategy(Option.of(strategy(DeploymentStrategy.BLUE_GREEN).build()), List.of(plain)).head().message())
                .startsWith("The BLUE_GREEN deployment strategy shifts traffic between two target groups: loadBalancers[0].advancedConfiguration");
    }
}
