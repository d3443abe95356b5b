package io.ecskit.adapter.inmemory;

import io.ecskit.domain.service.CanaryConfiguration;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentLifecycleHook;
import io.ecskit.domain.service.DeploymentLifecycleHookAction;
import io.ecskit.domain.service.DeploymentLifecycleHookStage;
import io.ecskit.domain.service.DeploymentLifecycleHookStatus;
import io.ecskit.domain.service.DeploymentLifecycleHookTargetType;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.DeploymentStrategy;
import io.ecskit.domain.service.LinearConfiguration;
import io.ecskit.domain.service.ServiceDeploymentLifecycleStage;
import io.ecskit.domain.task.TaskStopCode;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;

import static io.ecskit.domain.service.ServiceDeploymentLifecycleStage.*;

/**
 * BLUE_GREEN, LINEAR and CANARY on the virtual clock, as the ECS developer guide describes them:
 * the green revision scales up beside blue (maximumPercent does not apply), takes test traffic,
 * then production traffic — at once (BLUE_GREEN), in {@code stepPercent} steps every
 * {@code stepBakeTimeInMinutes} (LINEAR), or {@code canaryPercent} then the rest after
 * {@code canaryBakeTimeInMinutes} (CANARY) — then bakes for {@code bakeTimeInMinutes} with blue
 * still running, and cleans blue up. Lifecycle hooks run at their stages: AWS_LAMBDA hooks answer
 * what the test scripted (default SUCCEEDED after {@link #LAMBDA_LATENCY}); PAUSE hooks wait in
 * AWAITING_ACTION until ContinueServiceDeployment or their timeout. A failed hook, a fired alarm
 * or the circuit breaker rolls traffic back to blue, which never stopped.
 *
 * <p>Choices where ECS does not say (docs/ecs-rules.md): a PAUSE hook without a timeout waits
 * {@link #DEFAULT_PAUSE} and then takes ROLLBACK; hooks at PRE_PRODUCTION_TRAFFIC_SHIFT run at the
 * end of POST_TEST_TRAFFIC_SHIFT (ECS has no lifecycle stage of that name); an absent bake time is 0.
 */
final class TrafficShift {

    static final Duration LAMBDA_LATENCY = Duration.ofSeconds(5);
    static final Duration DEFAULT_PAUSE = Duration.ofMinutes(60);

    private final InMemoryState state;
    private final Scheduler scheduler;

    TrafficShift(InMemoryState state, Scheduler scheduler) {
        this.state = state;
        this.scheduler = scheduler;
    }

    static boolean shiftsTraffic(DeploymentState d) {
        return strategy(d) != DeploymentStrategy.ROLLING;
    }

    static DeploymentStrategy strategy(DeploymentState d) {
        return d.settings.deploymentConfiguration().flatMap(DeploymentConfiguration::strategy).getOrElse(DeploymentStrategy.ROLLING);
    }

    /** One step of the deployment's stage machine; several instantaneous stages may pass in one step. */
    void advance(ServiceState s, DeploymentState green, ServiceDeploymentState record, Instant now) {
        scheduler.step("trafficShift");
        if (record.trafficRollback) {
            finishRollback(s, green, record, now);
            return;
        }
        if (green.rolloutState != DeploymentRolloutState.IN_PROGRESS || record.stoppedAt.isDefined()) {
            return;
        }
        DeploymentConfiguration config = green.settings.deploymentConfiguration().get();
        if (green.greenTargetGroups.isEmpty() && state.loadBalancing.isModelled()) {
            InMemoryLoadBalancing.chooseGreen(state, green);
        }
        int desired = s.desiredCount();
        List<TaskState> ours = scheduler.liveTasksOf(s, green);
        if (green.launching && ours.size() < desired) {
            scheduler.launchTasks(s, green, desired - ours.size(), now);
        }
        for (int guard = 0; guard < 16; guard++) {
            if (record.stage.isEmpty()) {
                enter(record, RECONCILE_SERVICE, now);
            }
            ServiceDeploymentLifecycleStage stage = record.stage.get();
            Option<String> failed = Option.none();
            boolean done;
            switch (stage) {
                case RECONCILE_SERVICE -> done = hooks(s, record, config, DeploymentLifecycleHookStage.RECONCILE_SERVICE, now);
                case PRE_SCALE_UP -> done = hooks(s, record, config, DeploymentLifecycleHookStage.PRE_SCALE_UP, now);
                case SCALE_UP -> done = scheduler.liveTasksOf(s, green).count(TaskState::isRunning) >= desired;
                case POST_SCALE_UP -> done = hooks(s, record, config, DeploymentLifecycleHookStage.POST_SCALE_UP, now);
                case TEST_TRAFFIC_SHIFT -> {
                    record.testWeight = 100.0;
                    done = hooks(s, record, config, DeploymentLifecycleHookStage.TEST_TRAFFIC_SHIFT, now);
                }
                case POST_TEST_TRAFFIC_SHIFT -> done = hooks(s, record, config, DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT, now)
                        && hooks(s, record, config, DeploymentLifecycleHookStage.PRE_PRODUCTION_TRAFFIC_SHIFT, now);
                case PRODUCTION_TRAFFIC_SHIFT -> done = shiftProduction(record, green, config, now)
                        && hooks(s, record, config, DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT, now);
                case POST_PRODUCTION_TRAFFIC_SHIFT -> done = hooks(s, record, config, DeploymentLifecycleHookStage.POST_PRODUCTION_TRAFFIC_SHIFT, now);
                case BAKE_TIME -> done = !now.isBefore(record.stageSince.plus(Duration.ofMinutes(config.bakeTimeInMinutes().getOrElse(0))));
                case CLEAN_UP -> {
                    cleanUp(s, green, record, now);
                    return;
                }
                default -> done = true;
            }
            failed = record.hooks.values().stream().filter(h -> h.status == DeploymentLifecycleHookStatus.FAILED
                    || h.status == DeploymentLifecycleHookStatus.TIMED_OUT && h.timeoutAction() == DeploymentLifecycleHookAction.ROLLBACK)
                    .findFirst().map(h -> "lifecycle hook " + h.hookId + " at " + h.stage.wire() + " "
                            + (h.status == DeploymentLifecycleHookStatus.FAILED ? "failed" : "timed out")).map(Option::of).orElse(Option.none());
            if (failed.isDefined()) {
                rollBack(s, green, record, failed.get(), now);
                return;
            }
            InMemoryLoadBalancing.weigh(state, green, record.productionWeight, record.testWeight);
            if (!done) {
                return;
            }
            enter(record, next(stage), now);
        }
    }

    private static ServiceDeploymentLifecycleStage next(ServiceDeploymentLifecycleStage stage) {
        return switch (stage) {
            case RECONCILE_SERVICE -> PRE_SCALE_UP;
            case PRE_SCALE_UP -> SCALE_UP;
            case SCALE_UP -> POST_SCALE_UP;
            case POST_SCALE_UP -> TEST_TRAFFIC_SHIFT;
            case TEST_TRAFFIC_SHIFT -> POST_TEST_TRAFFIC_SHIFT;
            case POST_TEST_TRAFFIC_SHIFT -> PRODUCTION_TRAFFIC_SHIFT;
            case PRODUCTION_TRAFFIC_SHIFT -> POST_PRODUCTION_TRAFFIC_SHIFT;
            case POST_PRODUCTION_TRAFFIC_SHIFT -> BAKE_TIME;
            default -> CLEAN_UP;
        };
    }

    private void enter(ServiceDeploymentState record, ServiceDeploymentLifecycleStage stage, Instant now) {
        record.stage = Option.of(stage);
        record.stageSince = now;
        record.stages.add(java.util.Map.entry(stage, now));
        record.target.updatedAt = now;
    }

    /** Production traffic onto green: all at once, in linear steps, or canary first; true once it is all there. */
    private boolean shiftProduction(ServiceDeploymentState record, DeploymentState green, DeploymentConfiguration config, Instant now) {
        DeploymentStrategy strategy = strategy(green);
        if (record.weightSince == null) {
            record.weightSince = now;
            record.productionWeight = switch (strategy) {
                case LINEAR -> Math.min(100.0, config.linearConfiguration().flatMap(LinearConfiguration::stepPercent).getOrElse(10.0));
                case CANARY -> Math.min(100.0, config.canaryConfiguration().flatMap(CanaryConfiguration::canaryPercent).getOrElse(10.0));
                default -> 100.0;
            };
            return record.productionWeight >= 100.0;
        }
        if (record.productionWeight >= 100.0) {
            return true;
        }
        Duration wait = Duration.ofMinutes(strategy == DeploymentStrategy.LINEAR
                ? config.linearConfiguration().flatMap(LinearConfiguration::stepBakeTimeInMinutes).getOrElse(6)
                : config.canaryConfiguration().flatMap(CanaryConfiguration::canaryBakeTimeInMinutes).getOrElse(10));
        if (!now.isBefore(record.weightSince.plus(wait))) {
            record.weightSince = now;
            record.productionWeight = strategy == DeploymentStrategy.LINEAR
                    ? Math.min(100.0, record.productionWeight + config.linearConfiguration().flatMap(LinearConfiguration::stepPercent).getOrElse(10.0))
                    : 100.0;
        }
        return record.productionWeight >= 100.0;
    }

    /** Runs the hooks of one stage; true when all have SUCCEEDED (or timed out with CONTINUE). */
    private boolean hooks(ServiceState s, ServiceDeploymentState record, DeploymentConfiguration config, DeploymentLifecycleHookStage stage,
                          Instant now) {
        boolean all = true;
        for (DeploymentLifecycleHook hook : config.lifecycleHooks().filter(h -> h.lifecycleStages().contains(stage))) {
            ServiceDeploymentState.HookRun run = record.hooks.values().stream()
                    .filter(r -> r.stage == stage && r.hook == hook).findFirst().orElse(null);
            if (run == null) {
                run = new ServiceDeploymentState.HookRun(state.newId(32), hook, stage, now);
                if (hook.targetType().contains(DeploymentLifecycleHookTargetType.PAUSE)) {
                    run.status = DeploymentLifecycleHookStatus.AWAITING_ACTION;
                    run.expiresAt = Option.of(now.plus(hook.timeoutConfiguration().flatMap(t -> t.timeoutInMinutes())
                            .map(m -> Duration.ofMinutes(m)).getOrElse(DEFAULT_PAUSE)));
                }
                record.hooks.put(run.hookId, run);
            }
            if (run.status == DeploymentLifecycleHookStatus.IN_PROGRESS && !now.isBefore(run.startedAt.plus(LAMBDA_LATENCY))) {
                run.status = state.faults.hookAnswers.getOrDefault(hook.hookTargetArn().getOrElse(""), DeploymentLifecycleHookStatus.SUCCEEDED);
            }
            if (run.status == DeploymentLifecycleHookStatus.AWAITING_ACTION && run.expiresAt.exists(at -> !now.isBefore(at))) {
                run.status = DeploymentLifecycleHookStatus.TIMED_OUT;
            }
            boolean passed = run.status == DeploymentLifecycleHookStatus.SUCCEEDED
                    || run.status == DeploymentLifecycleHookStatus.TIMED_OUT && run.timeoutAction() == DeploymentLifecycleHookAction.CONTINUE;
            all &= passed;
        }
        return all;
    }

    private void cleanUp(ServiceState s, DeploymentState green, ServiceDeploymentState record, Instant now) {
        for (DeploymentState blue : List.ofAll(s.deployments).filter(d -> d != green)) {
            scheduler.liveTasksOf(s, blue).forEach(t -> t.requestStop(TaskStopCode.SERVICE_SCHEDULER_INITIATED,
                    "Scaling activity initiated by (deployment " + green.id + ")", now));
            if (Scheduler.allStopped(s, blue.id.value())) {
                blue.status = DeploymentStatus.INACTIVE;
                s.deployments.remove(blue);
            }
        }
        if (s.deployments.size() == 1) {
            green.rolloutState = DeploymentRolloutState.COMPLETED;
            green.rolloutStateReason = "ECS deployment " + green.id + " completed.";
            green.updatedAt = now;
            s.lastCompleted = Option.of(green);
            s.event(state.newId(8), now, "(deployment " + green.id + ") deployment completed.");
        }
    }

    /**
     * Traffic back to blue, which never stopped: green's tasks stop, blue is PRIMARY again. With
     * nothing COMPLETED before (a first deployment), there is no blue: ROLLBACK_FAILED.
     */
    void rollBack(ServiceState s, DeploymentState green, ServiceDeploymentState record, String reason, Instant now) {
        green.fail("ECS deployment " + green.id + " failed: " + reason + ".", now);
        record.rollbackReason = Option.of(reason);
        Option<DeploymentState> blue = s.lastCompleted.filter(d -> d != green && s.deployments.contains(d));
        s.event(state.newId(8), now, "(deployment " + green.id + ") deployment failed: " + reason + ".");
        if (blue.isEmpty()) {
            record.rollbackFailedAt = Option.of(now);
            return;
        }
        record.trafficRollback = true;
        record.rollback = blue;
        record.productionWeight = 0.0;
        record.testWeight = 0.0;
        InMemoryLoadBalancing.weigh(state, green, 0.0, 0.0);
        green.status = DeploymentStatus.ACTIVE;
        blue.get().status = DeploymentStatus.PRIMARY;
        s.deployments.remove(blue.get());
        s.deployments.add(0, blue.get());
        s.settings = s.settings.toBuilder().taskDefinition(blue.get().taskDefinition.ref()).build();
        s.event(state.newId(8), now, "(deployment " + green.id + ") deployment failed: rolling back to (deployment " + blue.get().id + ").");
        finishRollback(s, green, record, now);
    }

    private void finishRollback(ServiceState s, DeploymentState green, ServiceDeploymentState record, Instant now) {
        scheduler.liveTasksOf(s, green).forEach(t -> t.requestStop(TaskStopCode.SERVICE_SCHEDULER_INITIATED,
                "Rollback initiated by (service-deployment " + record.arn + ")", now));
        if (record.rollbackFinishedAt.isEmpty()
                && Scheduler.allStopped(s, green.id.value())) {
            record.rollbackFinishedAt = Option.of(now);
            green.status = DeploymentStatus.INACTIVE;
            s.deployments.remove(green);
        }
    }

    /** ContinueServiceDeployment: a PAUSE hook awaiting action continues, or rolls the deployment back. */
    boolean answer(ServiceDeploymentState record, String hookId, DeploymentLifecycleHookAction action) {
        ServiceDeploymentState.HookRun run = record.hooks.get(hookId);
        if (run == null || run.status != DeploymentLifecycleHookStatus.AWAITING_ACTION) {
            return false;
        }
        run.status = action == DeploymentLifecycleHookAction.CONTINUE ? DeploymentLifecycleHookStatus.SUCCEEDED
                : DeploymentLifecycleHookStatus.FAILED;
        return true;
    }
}
