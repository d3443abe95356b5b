package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.CanaryConfiguration;
import io.ecskit.domain.service.DeploymentAlarms;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentLifecycleHook;
import io.ecskit.domain.service.DeploymentLifecycleHookAction;
import io.ecskit.domain.service.DeploymentLifecycleHookDetail;
import io.ecskit.domain.service.DeploymentLifecycleHookStage;
import io.ecskit.domain.service.DeploymentLifecycleHookStatus;
import io.ecskit.domain.service.DeploymentLifecycleHookTargetType;
import io.ecskit.domain.service.DeploymentLifecycleHookTimeoutConfiguration;
import io.ecskit.domain.service.DeploymentStrategy;
import io.ecskit.domain.service.LinearConfiguration;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentLifecycleStage;
import io.ecskit.domain.service.ServiceDeploymentStatus;
import io.ecskit.domain.service.ThresholdConfiguration;
import io.ecskit.domain.service.ThresholdType;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS's deployment strategies as the service deployments show them (issue 12): BLUE_GREEN,
 * LINEAR and CANARY pass their lifecycle stages with their traffic weights and bake times; PAUSE
 * hooks wait until continued; a failed Lambda hook, a fired alarm and the configurable circuit
 * breaker roll back to the source revision.
 */
public abstract class DeploymentStrategiesContract extends ContractTest {

    static final String CHECK = "arn:aws:lambda:us-east-1:123456789012:function:smoke-test";
    static final String ROLE = "arn:aws:iam::123456789012:role/ecsLifecycleHooks";

    private ClusterName cluster;
    private ServiceName service;
    private String family;

    @BeforeEach
    void names() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        family = fixtures.family();
    }

    private DeployService.Command command(String image, DeploymentConfiguration configuration) {
        return DeployService.Command.of(fixtures.fargate(family, image), cluster, service, 2).withNetwork(fixtures.network())
                .withDeploymentConfiguration(configuration);
    }

    private static io.ecskit.domain.service.DeploymentConfigurationBuilder config(DeploymentStrategy strategy) {
        return DeploymentConfiguration.builder().strategy(strategy).minimumHealthyPercent(100).maximumPercent(200)
                .deploymentCircuitBreaker(DeploymentCircuitBreaker.WITH_ROLLBACK);
    }

    /**
     * A first revision that completes (same strategy, without the hooks and alarms under test:
     * a first deployment runs its hooks too), then a second deployment started and not waited for.
     */
    private ServiceDeployment startSecond(DeploymentConfiguration configuration) {
        DeploymentConfiguration plain = configuration.toBuilder().lifecycleHooks(List.empty()).alarms(io.vavr.control.Option.none()).build();
        assertThat(right(kit.deploy(command(fixtures.IMAGE, plain), DeploymentProgress.Listener.NONE)).result())
                .isEqualTo(Result.SUCCEEDED);
        right(kit.deploy(command(fixtures.IMAGE + "-green", configuration).withoutWaiting(), DeploymentProgress.Listener.NONE));
        return current();
    }

    private ServiceDeployment current() {
        String arn = right(kit.api().serviceDeployments().list(cluster, service, List.empty())).head().serviceDeploymentArn();
        return right(kit.api().serviceDeployments().describe(List.of(arn))).found().single();
    }

    private ServiceDeployment after(Duration duration) {
        backend.passTime(duration);
        return current();
    }

    private static double weight(ServiceDeployment d) {
        return d.targetServiceRevision().get().requestedProductionTrafficWeight().getOrElse(-1.0);
    }

    private void requiresStrategies() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        requires(Capability.DEPLOYMENTS);
        requires(Capability.TASK_LIFECYCLE);
    }

    @Test
    void blueGreen_scalesGreenUpBesideBlue_shiftsAllTrafficAtOnce_bakes_thenCleansBlueUp() {
        requiresStrategies();
        ServiceDeployment d = startSecond(config(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(5).build());

        ServiceDeployment baking = after(Duration.ofMinutes(2));
        assertThat(baking.lifecycleStage()).contains(ServiceDeploymentLifecycleStage.BAKE_TIME);
        assertThat(weight(baking)).isEqualTo(100.0);
        assertThat(baking.targetServiceRevision().get().runningTaskCount()).contains(2);
        // blue still runs while green bakes: a rollback needs no new tasks
        assertThat(baking.sourceServiceRevisions().single().runningTaskCount()).contains(2);

        ServiceDeployment done = after(Duration.ofMinutes(5));
        assertThat(done.status()).contains(ServiceDeploymentStatus.SUCCESSFUL);
        assertThat(done.sourceServiceRevisions().single().runningTaskCount()).contains(0);
        assertThat(d.serviceDeploymentArn()).isEqualTo(done.serviceDeploymentArn());
    }

    @Test
    void deploy_followsABakeTimeLongerThanItsDefaultTimeout_andReportsEveryStageItPassedInOrder() {
        requiresStrategies();
        DeploymentConfiguration longBake = config(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(45).build();
        assertThat(right(kit.deploy(command(fixtures.IMAGE, longBake), DeploymentProgress.Listener.NONE)).result())
                .isEqualTo(Result.SUCCEEDED);
        java.util.List<DeploymentProgress> seen = new java.util.ArrayList<>();

        // the default 30 minutes grow by the configuration's own 45-minute bake: the deploy is not cut off mid-bake
        var outcome = right(kit.deploy(command(fixtures.IMAGE + "-green", longBake), seen::add));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.waited()).isGreaterThan(Duration.ofMinutes(45));
        var stages = io.vavr.collection.List.ofAll(seen).flatMap(DeploymentProgress::stage).distinct();
        assertThat(stages).containsSubsequence(ServiceDeploymentLifecycleStage.RECONCILE_SERVICE, ServiceDeploymentLifecycleStage.SCALE_UP,
                ServiceDeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT, ServiceDeploymentLifecycleStage.BAKE_TIME);
        assertThat(stages.map(Enum::ordinal).asJava()).isSorted();
    }

    @Test
    void linear_shiftsProductionTrafficInSteps_everyStepBakeTime() {
        requiresStrategies();
        startSecond(config(DeploymentStrategy.LINEAR).linearConfiguration(LinearConfiguration.builder().stepPercent(25.0)
                .stepBakeTimeInMinutes(2).build()).build());

        java.util.List<Double> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ServiceDeployment d = after(Duration.ofSeconds(30));
            double w = weight(d);
            if (w > 0 && (seen.isEmpty() || seen.get(seen.size() - 1) != w)) {
                seen.add(w);
            }
        }
        assertThat(seen).containsExactly(25.0, 50.0, 75.0, 100.0);
        assertThat(after(Duration.ofMinutes(2)).status()).contains(ServiceDeploymentStatus.SUCCESSFUL);
    }

    @Test
    void canary_shiftsTheCanaryShare_thenTheRestAfterItsBakeTime() {
        requiresStrategies();
        startSecond(config(DeploymentStrategy.CANARY).canaryConfiguration(CanaryConfiguration.builder().canaryPercent(10.0)
                .canaryBakeTimeInMinutes(3).build()).build());

        ServiceDeployment canary = after(Duration.ofMinutes(2));
        assertThat(canary.lifecycleStage()).contains(ServiceDeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
        assertThat(weight(canary)).isEqualTo(10.0);
        assertThat(canary.sourceServiceRevisions().single().requestedProductionTrafficWeight()).contains(90.0);
        assertThat(weight(after(Duration.ofMinutes(3)))).isEqualTo(100.0);
        assertThat(after(Duration.ofMinutes(2)).status()).contains(ServiceDeploymentStatus.SUCCESSFUL);
    }

    private static DeploymentLifecycleHook pause(DeploymentLifecycleHookAction onTimeout, int minutes) {
        return DeploymentLifecycleHook.builder().targetType(DeploymentLifecycleHookTargetType.PAUSE)
                .lifecycleStages(List.of(DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT))
                .timeoutConfiguration(DeploymentLifecycleHookTimeoutConfiguration.builder().timeoutInMinutes(minutes).action(onTimeout).build())
                .build();
    }

    @Test
    void aPauseHook_waitsInAwaitingAction_untilContinued() {
        requiresStrategies();
        startSecond(config(DeploymentStrategy.BLUE_GREEN).lifecycleHooks(List.of(pause(DeploymentLifecycleHookAction.ROLLBACK, 60))).build());

        ServiceDeployment waiting = after(Duration.ofMinutes(10));
        assertThat(waiting.lifecycleStage()).contains(ServiceDeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
        DeploymentLifecycleHookDetail hook = waiting.lifecycleHookDetails().single();
        assertThat(hook.status()).contains(DeploymentLifecycleHookStatus.AWAITING_ACTION);
        assertThat(hook.expiresAt()).isNotEmpty();
        assertThat(weight(waiting)).isZero();

        right(kit.api().serviceDeployments().continueDeployment(waiting.serviceDeploymentArn(), hook.hookId().get(),
                DeploymentLifecycleHookAction.CONTINUE));

        assertThat(after(Duration.ofMinutes(2)).status()).contains(ServiceDeploymentStatus.SUCCESSFUL);
        assertThat(kit.api().serviceDeployments().continueDeployment(waiting.serviceDeploymentArn(), hook.hookId().get(),
                DeploymentLifecycleHookAction.CONTINUE).isLeft()).as("nothing awaits action any more").isTrue();
    }

    @Test
    void aPauseHook_answeredRollback_orTimingOutWithRollback_rollsBackToBlue() {
        requiresStrategies();
        startSecond(config(DeploymentStrategy.BLUE_GREEN).lifecycleHooks(List.of(pause(DeploymentLifecycleHookAction.ROLLBACK, 15))).build());

        ServiceDeployment waiting = after(Duration.ofMinutes(10));
        assertThat(waiting.status()).contains(ServiceDeploymentStatus.IN_PROGRESS);
        ServiceDeployment timedOut = after(Duration.ofMinutes(10));

        assertThat(timedOut.lifecycleHookDetails().single().status()).contains(DeploymentLifecycleHookStatus.TIMED_OUT);
        assertThat(after(Duration.ofMinutes(1)).status()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
        assertThat(current().rollback().get().reason().get()).contains("timed out");
    }

    @Test
    void aLambdaHookThatFails_rollsBack() {
        requiresStrategies();
        requires(Capability.FAULT_INJECTION);
        backend.answerHook(CHECK, DeploymentLifecycleHookStatus.FAILED);
        DeploymentLifecycleHook check = DeploymentLifecycleHook.builder().targetType(DeploymentLifecycleHookTargetType.AWS_LAMBDA)
                .hookTargetArn(CHECK).roleArn(ROLE).lifecycleStages(List.of(DeploymentLifecycleHookStage.POST_SCALE_UP)).build();
        startSecond(config(DeploymentStrategy.BLUE_GREEN).lifecycleHooks(List.of(check)).build());

        ServiceDeployment d = after(Duration.ofMinutes(5));

        assertThat(d.status()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
        assertThat(d.rollback().get().reason().get()).contains("failed");
        assertThat(d.lifecycleHookDetails().single().status()).contains(DeploymentLifecycleHookStatus.FAILED);
    }

    @Test
    void anAlarmFiredDuringBakeTime_rollsBack_andNamesTheAlarm() {
        requiresStrategies();
        requires(Capability.FAULT_INJECTION);
        startSecond(config(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(10)
                .alarms(new DeploymentAlarms(List.of("web-5xx"), true, true)).build());
        assertThat(after(Duration.ofMinutes(2)).lifecycleStage()).contains(ServiceDeploymentLifecycleStage.BAKE_TIME);

        backend.fireAlarm("web-5xx");
        ServiceDeployment d = after(Duration.ofMinutes(1));

        assertThat(d.status()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
        assertThat(d.alarms().get().triggeredAlarmNames()).containsExactly("web-5xx");
        assertThat(d.rollback().get().reason().get()).contains("web-5xx");
    }

    @Test
    void rolling_anAlarmRollsBackToo() {
        requiresStrategies();
        requires(Capability.FAULT_INJECTION);
        DeploymentConfiguration rolling = config(DeploymentStrategy.ROLLING).alarms(new DeploymentAlarms(List.of("latency"), true, true)).build();
        startSecond(rolling);

        backend.fireAlarm("latency");
        ServiceDeployment d = after(Duration.ofMinutes(3));

        assertThat(d.status()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    }

    @Test
    void circuitBreaker_countThresholdOfOne_tripsAtTheFirstFailedTask() {
        requiresStrategies();
        requires(Capability.IMAGE_PULL_CHECKS);
        DeploymentConfiguration strict = config(DeploymentStrategy.ROLLING).deploymentCircuitBreaker(DeploymentCircuitBreaker.builder()
                .enable(true).rollback(true).thresholdConfiguration(ThresholdConfiguration.builder().type(ThresholdType.COUNT).value(1).build())
                .build()).build();
        assertThat(right(kit.deploy(command(fixtures.IMAGE, strict), DeploymentProgress.Listener.NONE)).result())
                .isEqualTo(Result.SUCCEEDED);
        String unpushed = kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com/" + backend.prefix() + "nope:1";

        var outcome = right(kit.deploy(command(unpushed, strict), DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).isEqualTo(Result.ROLLED_BACK);
        assertThat(current().deploymentCircuitBreaker().get().threshold()).contains(1);
        assertThat(current().deploymentCircuitBreaker().get().failureCount().get()).isBetween(1, 2);
    }

    /** The strategy's own settings, short enough for a test: steps and canary every minute. */
    private static io.ecskit.domain.service.DeploymentConfigurationBuilder shifting(DeploymentStrategy strategy) {
        return config(strategy).linearConfiguration(strategy == DeploymentStrategy.LINEAR
                        ? io.vavr.control.Option.of(LinearConfiguration.builder().stepPercent(50.0).stepBakeTimeInMinutes(1).build())
                        : io.vavr.control.Option.none())
                .canaryConfiguration(strategy == DeploymentStrategy.CANARY
                        ? io.vavr.control.Option.of(CanaryConfiguration.builder().canaryPercent(20.0).canaryBakeTimeInMinutes(1).build())
                        : io.vavr.control.Option.none());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DeploymentStrategy.class, names = {"BLUE_GREEN", "LINEAR", "CANARY"})
    void eachStrategy_succeeds_passingEveryLifecycleStageInOrder(DeploymentStrategy strategy) {
        requiresStrategies();
        startSecond(shifting(strategy).build());

        ServiceDeployment d = after(Duration.ofMinutes(6));

        assertThat(d.status()).as(strategy.wire()).contains(ServiceDeploymentStatus.SUCCESSFUL);
        assertThat(d.lifecycleStage()).contains(ServiceDeploymentLifecycleStage.CLEAN_UP);
        assertThat(weight(d)).isEqualTo(100.0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DeploymentStrategy.class, names = {"BLUE_GREEN", "LINEAR", "CANARY"})
    void eachStrategy_anImageThatCannotBePulled_rollsBackToBlue(DeploymentStrategy strategy) {
        requiresStrategies();
        requires(Capability.IMAGE_PULL_CHECKS);
        DeploymentConfiguration configuration = shifting(strategy).build();
        assertThat(right(kit.deploy(command(fixtures.IMAGE, configuration), DeploymentProgress.Listener.NONE)).result())
                .isEqualTo(Result.SUCCEEDED);
        String unpushed = kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com/" + backend.prefix() + "nope:1";

        var outcome = right(kit.deploy(command(unpushed, configuration), DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).as(strategy.wire()).isEqualTo(Result.ROLLED_BACK);
        ServiceDeployment d = after(Duration.ofMinutes(2));
        assertThat(d.status()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
        assertThat(d.rollback().get().reason().get()).contains("circuit breaker");
        assertThat(weight(d)).isZero();
        assertThat(d.sourceServiceRevisions().single().runningTaskCount()).contains(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DeploymentStrategy.class, names = {"BLUE_GREEN", "LINEAR", "CANARY"})
    void eachStrategy_pausedAfterTestTraffic_continuesWhenToldTo(DeploymentStrategy strategy) {
        requiresStrategies();
        startSecond(shifting(strategy).lifecycleHooks(List.of(pause(DeploymentLifecycleHookAction.ROLLBACK, 60))).build());

        ServiceDeployment waiting = after(Duration.ofMinutes(5));
        assertThat(waiting.lifecycleHookDetails().single().status()).as(strategy.wire()).contains(DeploymentLifecycleHookStatus.AWAITING_ACTION);
        assertThat(weight(waiting)).isZero();
        right(kit.api().serviceDeployments().continueDeployment(waiting.serviceDeploymentArn(),
                waiting.lifecycleHookDetails().single().hookId().get(), DeploymentLifecycleHookAction.CONTINUE));

        assertThat(after(Duration.ofMinutes(6)).status()).contains(ServiceDeploymentStatus.SUCCESSFUL);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DeploymentStrategy.class, names = {"BLUE_GREEN", "LINEAR", "CANARY"})
    void eachStrategy_pausedAndAnsweredRollback_rollsBack(DeploymentStrategy strategy) {
        requiresStrategies();
        startSecond(shifting(strategy).lifecycleHooks(List.of(pause(DeploymentLifecycleHookAction.CONTINUE, 60))).build());

        ServiceDeployment waiting = after(Duration.ofMinutes(5));
        right(kit.api().serviceDeployments().continueDeployment(waiting.serviceDeploymentArn(),
                waiting.lifecycleHookDetails().single().hookId().get(), DeploymentLifecycleHookAction.ROLLBACK));

        assertThat(after(Duration.ofMinutes(2)).status()).as(strategy.wire()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DeploymentStrategy.class, names = {"ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"})
    void eachStrategy_failsWithoutRollback_whenTheBreakerMayNotRollBack(DeploymentStrategy strategy) {
        requiresStrategies();
        requires(Capability.IMAGE_PULL_CHECKS);
        DeploymentConfiguration noRollback = shifting(strategy).deploymentCircuitBreaker(DeploymentCircuitBreaker.builder()
                .enable(true).rollback(false).build()).build();
        assertThat(right(kit.deploy(command(fixtures.IMAGE, noRollback), DeploymentProgress.Listener.NONE)).result())
                .isEqualTo(Result.SUCCEEDED);
        String unpushed = kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com/" + backend.prefix() + "nope:1";

        var outcome = right(kit.deploy(command(unpushed, noRollback), DeploymentProgress.Listener.NONE));

        assertThat(outcome.result()).as(strategy.wire()).isEqualTo(Result.FAILED);
        assertThat(current().status()).contains(ServiceDeploymentStatus.STOPPED);
        assertThat(current().rollback()).isEmpty();
    }
}
