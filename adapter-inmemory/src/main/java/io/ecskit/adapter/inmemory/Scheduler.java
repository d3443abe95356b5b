package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.task.HealthStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.AwslogsOptions;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.TaskDefinitionDefaults;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulated ECS runtime: moves tasks through their lifecycle, applies scripted faults, and
 * rolls out service deployments (min/max healthy percent, circuit breaker, rollback), writing
 * service events as ECS words them. Called under the state lock.
 */
final class Scheduler {

    /** ECS's stoppedReason when the awslogs group is missing (aws/amazon-ecs-agent issue reports). */
    static final String MISSING_LOG_GROUP = "ResourceInitializationError: failed to validate logger args: "
            + "create stream has been retried 1 times: failed to create Cloudwatch log stream: "
            + "ResourceNotFoundException: " + io.ecskit.domain.EcsRule.LOG_GROUP_FOUND.message() + " : exit status 1";

    private final InMemoryState state;

    Scheduler(InMemoryState state) {
        this.state = state;
        this.traffic = new TrafficShift(state, this);
    }

    /** BLUE_GREEN, LINEAR and CANARY deployments. */
    final TrafficShift traffic;

    List<TaskState> liveTasksOf(ServiceState s, DeploymentState d) {
        return liveTasks(s, d);
    }

    void launchTasks(ServiceState s, DeploymentState d, int count, Instant now) {
        launch(s, d, count, now);
    }

    /**
     * Whether anything can change without a call: an alarm to fire, an active task or service. Costs what is active,
     * not the fleet; after a simulator control, the fleet is looked at once (a fault may have been scripted against
     * any running task).
     */
    boolean busy() {
        if (state.rescan) {
            for (TaskState task : state.tasks.values()) {
                guarded(task, () -> {
                    if (taskBusy(task)) {
                        state.activeTasks.add(task);
                    }
                });
            }
            for (ServiceState s : state.services) {
                guarded(s, () -> {
                    if (serviceBusy(s)) {
                        state.activeServices.add(s);
                    }
                });
            }
            state.rescan = false;
        }
        return !state.faults.alarmsAt.isEmpty() || !state.activeTasks.isEmpty() || !state.activeServices.isEmpty();
    }

    /** A task that can change on its own: not STOPPED, and not RUNNING with nothing scripted against it. */
    private boolean taskBusy(TaskState task) {
        return !task.isStopped() && !(task.isRunning() && !hasRunningFault(task));
    }

    /** A service with work left: draining, task sets not settled, or its primary deployment launching or under way. */
    private boolean serviceBusy(ServiceState s) {
        if (s.isLive() && !s.taskSets.isEmpty() && !taskSetsSettled(s)) {
            return true;
        }
        return s.status == ServiceStatus.DRAINING
                || s.isLive() && s.primary().exists(p -> p.launching && (p.rolloutState == DeploymentRolloutState.IN_PROGRESS
                        || liveTasks(state, s).size() != s.desiredCount()))
                // protected tasks beyond the desired count wait for their protection to end, launching or not
                || s.isLive() && s.taskSets.isEmpty() && liveTasks(state, s).size() > s.desiredCount();
    }

    /**
     * The earliest time after {@code after} at which the simulation can change: a task's phase ending, a scripted
     * exit, failing health check or stop, an alarm firing, a service about to launch or finish draining (the next
     * step). None when only stepping can tell (a traffic shift, a rollback or an alarm-watched rollout under way):
     * the runtime then steps as before. Between two events a tick changes nothing, so the runtime jumps.
     */
    Option<Instant> nextEvent(Instant after) {
        step("nextEvent");
        Instant step = after.plus(state.timings.step());
        if (!retrying.isEmpty()) {
            return Option.of(step);
        }
        Instant next = Instant.MAX;
        for (Instant at : state.faults.alarmsAt.values()) {
            next = earlier(next, at);
        }
        for (TaskState task : state.activeTasks) {
            if (task.isStopped()) {
                continue;
            }
            switch (task.lastStatus) {
                case PROVISIONING -> next = earlier(next, task.since.plus(state.timings.provisioning()));
                case PENDING -> next = earlier(next, task.since.plus(state.timings.pending()));
                case ACTIVATING -> next = earlier(next, task.since.plus(state.timings.activating()));
                case STOPPING, DEPROVISIONING -> next = earlier(next, task.since.plus(state.timings.stopping()));
                case DEACTIVATING -> next = earlier(next, task.drainedAt != null ? task.drainedAt : task.since.plus(state.timings.stopping()));
                case RUNNING -> {
                    for (ContainerDefinition c : task.containers) {
                        Faults.Exit exit = task.exitCodes.containsKey(c.name().getOrElse("")) ? null : state.faults.exitOf(task, c);
                        if (exit != null) {
                            next = earlier(next, exit.at(task.since));
                        }
                        if (state.faults.unhealthy(task, c)) {
                            next = earlier(next, task.since.plus(unhealthyAfter(c)));
                        }
                    }
                    if (!task.elbTargets.isEmpty() && task.containers.exists(c -> state.faults.unhealthy(task, c))) {
                        next = earlier(next, task.since.plus(InMemoryLoadBalancing.unhealthyAfter(state, task)));
                    }
                    Instant stopAt = state.faults.stopsAt.get(task.id());
                    if (stopAt != null) {
                        next = earlier(next, stopAt);
                    }
                }
                default -> {
                    return Option.none();
                }
            }
        }
        for (ServiceState s : state.activeServices) {
            if (s.status == ServiceStatus.DRAINING) {
                next = earlier(next, step);
                continue;
            }
            if (s.isLive() && !s.taskSets.isEmpty() && !taskSetsSettled(s)) {
                next = earlier(next, step);
                continue;
            }
            if (!s.isLive() || s.primary().isEmpty()) {
                continue;
            }
            DeploymentState primary = s.primary().get();
            boolean underWay = primary.rolloutState == DeploymentRolloutState.IN_PROGRESS;
            if (underWay && (TrafficShift.shiftsTraffic(primary)
                    || primary.settings.deploymentConfiguration().flatMap(c -> c.alarms()).isDefined())
                    || List.ofAll(s.serviceDeployments).exists(r -> r.trafficRollback && r.rollbackFinishedAt.isEmpty())) {
                return Option.none();
            }
            List<TaskState> live = liveTasks(state, s);
            if (primary.launching && live.size() < s.desiredCount() && s.relaunchNotBefore.isAfter(step)) {
                next = earlier(next, s.relaunchNotBefore);
            } else if (primary.launching && (underWay || live.size() < s.desiredCount())) {
                next = earlier(next, step);
            } else if (primary.launching && live.size() > s.desiredCount()) {
                // what is left to stop is protected: the next change is the earliest protection's end
                Instant until = live.flatMap(t -> t.protectedUntil).filter(at -> at.isAfter(after)).minBy(java.util.Comparator.naturalOrder())
                        .getOrElse(step);
                next = earlier(next, until);
            }
        }
        return Option.of(next.isAfter(step) ? next : step);
    }

    // ---- containing what fails inside a step (issue 26 item 2) --------------------------------

    /** The steps a failure can be injected into, in tests: each is where the method of that name begins. */
    static final java.util.List<String> STEPS = java.util.List.of("nextEvent", "progress", "pull", "start", "openStream", "run",
            "fail", "throttle", "reconcile", "reconcileTaskSets", "launch", "drainOldDeployments", "complete", "watchAlarms",
            "tripBreaker", "rollBack", "trafficShift", "forget");

    /** Tests only: called as each step begins, may throw. */
    java.util.function.Consumer<String> injected;

    void step(String name) {
        if (injected != null) {
            injected.accept(name);
        }
    }

    private static final System.Logger LOG = System.getLogger(Scheduler.class.getName());
    /** How many steps failed (each contained, and tried again). */
    long stepFailures;
    /** What failed at the last step, tried again one step later whatever its own next event. */
    final java.util.Set<Object> retrying = new java.util.HashSet<>();

    /**
     * Runs one task's or service's step so that whatever it throws (a bug, an Error such as StackOverflowError) stays
     * with it: logged, counted, and the rest of the fleet and every later call go on. The task or service stays active,
     * so the step is tried again at the next step of the clock: each step commits what it changes as it goes, so a retry
     * continues where the failure left off.
     */
    void guarded(Object what, Runnable body) {
        try {
            body.run();
            retrying.remove(what);
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError)) {
                throw e; // out of memory, an internal error: nothing a retry can mend; the call fails and says so
            }
            contain(what, e);
        } catch (Throwable t) { // NOPMD - a bug in one step stays with its task or service
            contain(what, t);
        }
    }

    private void contain(Object what, Throwable t) {
        stepFailures++;
        retrying.add(what);
        if (what instanceof TaskState task) {
            state.activeTasks.add(task);
        } else if (what instanceof ServiceState service) {
            state.activeServices.add(service);
        }
        String whose = what instanceof TaskState task ? "task " + task.id()
                : what instanceof ServiceState service ? "service " + service.name() : String.valueOf(what);
        if (stepFailures <= 100 || Long.bitCount(stepFailures) == 1) {
            LOG.log(System.Logger.Level.WARNING, "a simulation step of " + whose + " failed (" + stepFailures
                    + " so far); it is tried again at the next step", t);
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    void tick(Instant now) {
        state.faults.alarmsAt.forEach((alarm, at) -> {
            if (!now.isBefore(at)) {
                state.faults.firedAlarms.add(alarm);
                state.faults.alarmsAt.remove(alarm);
            }
        });
        // only what is active: a task changed by this tick wakes its service, which is reconciled in the same tick
        java.util.Set<Object> failed = new java.util.HashSet<>();
        for (TaskState task : new java.util.ArrayList<>(state.activeTasks)) {
            if (!task.isStopped()) {
                long before = stepFailures;
                guarded(task, () -> progress(task, now));
                if (stepFailures != before) {
                    failed.add(task);
                }
            }
        }
        state.activeTasks.removeIf(task -> !failed.contains(task) && !taskBusy(task));
        for (ServiceState s : new java.util.ArrayList<>(state.activeServices)) {
            if (s.isLive()) {
                long before = stepFailures;
                guarded(s, () -> reconcile(s, now));
                if (stepFailures != before) {
                    failed.add(s);
                }
            }
        }
        state.activeServices.removeIf(s -> !failed.contains(s) && !serviceBusy(s));
        // what stopped or went since its step failed is retried no more
        retrying.removeIf(o -> o instanceof TaskState t ? !state.activeTasks.contains(t)
                : o instanceof ServiceState sv && !state.activeServices.contains(sv));
        // what a reconcile stopped or started is active from now on; what it left quiet goes at the next tick
    }

    // ---- tasks --------------------------------------------------------------------------------

    private boolean hasRunningFault(TaskState task) {
        return task.containers.exists(c -> (!task.exitCodes.containsKey(c.name().getOrElse("")) && state.faults.exitOf(task, c) != null)
                || state.faults.unhealthy(task, c))
                || state.faults.stopsAt.containsKey(task.id());
    }

    private void progress(TaskState task, Instant now) {
        step("progress");
        Duration in = Duration.between(task.since, now);
        switch (task.lastStatus) {
            case PROVISIONING -> {
                if (!in.minus(state.timings.provisioning()).isNegative()) {
                    task.moveTo(TaskStatus.PENDING, now);
                }
            }
            case PENDING -> {
                if (!in.minus(state.timings.pending()).isNegative()) {
                    pull(task, now);
                }
            }
            case ACTIVATING -> {
                if (!in.minus(state.timings.activating()).isNegative()) {
                    start(task, now);
                }
            }
            case RUNNING -> run(task, now, in);
            case STOPPING, DEPROVISIONING -> {
                if (!in.minus(state.timings.stopping()).isNegative()) {
                    task.moveTo(TaskStatus.STOPPED, now);
                }
            }
            case DEACTIVATING -> {
                // its targets drained (the deregistration delay): the containers are stopped
                if (task.drainedAt == null ? !in.minus(state.timings.stopping()).isNegative() : !now.isBefore(task.drainedAt)) {
                    task.drained(now);
                }
            }
            default -> {
            }
        }
    }

    /** Pulling images and setting up logging: where CannotPullContainerError and missing log groups fail a task. */
    private void pull(TaskState task, Instant now) {
        step("pull");
        if (task.networkFailure.isDefined()) {
            fail(task, TaskStopCode.TASK_FAILED_TO_START, task.networkFailure.get(), now);
            return;
        }
        // secrets and registry credentials first, as Fargate reads them before it pulls anything
        state.secrets.purge(now);
        Option<String> executionRole = task.overrides.flatMap(o -> o.executionRoleArn()).filter(r -> !r.isEmpty())
                .orElse(task.definition.definition().executionRoleArn());
        io.vavr.control.Either<String, java.util.Map<String, java.util.Map<String, String>>> secrets =
                SecretResolution.resolve(state.secrets, state.region.code(), state.account.value(), task.containers,
                        (action, resource) -> TaskRoles.deniedPrincipal(state, executionRole, task.id(), action, resource));
        if (secrets.isLeft()) {
            fail(task, TaskStopCode.TASK_FAILED_TO_START, secrets.getLeft(), now);
            return;
        }
        task.secretValues = secrets.get();
        for (ContainerDefinition c : task.containers) {
            String image = c.image().getOrElse("");
            if (state.faults.unpullable(task, c) || !InMemoryEcr.pullable(state, image)) {
                String reason = io.ecskit.domain.EcsRule.IMAGE_PULLABLE.message(image);
                task.containerReasons.put(c.name().getOrElse(""), reason);
                fail(task, TaskStopCode.TASK_FAILED_TO_START, reason, now);
                return;
            }
            Option<AwslogsOptions> awslogs = c.logConfiguration().flatMap(l -> l.awslogs());
            if (awslogs.exists(a -> a.group().exists(g -> !state.logGroups.containsKey(g)) && !a.createGroup().contains("true"))) {
                fail(task, TaskStopCode.TASK_FAILED_TO_START, MISSING_LOG_GROUP, now);
                return;
            }
        }
        // the task's roles are assumed now: IAM's RoleLastUsed says so
        TaskRoles.used(state, TaskRoles.roles(task.definition.definition(), task.overrides), now);
        task.moveTo(TaskStatus.ACTIVATING, now);
    }

    private void start(TaskState task, Instant now) {
        step("start");
        // the status last: a step that fails before it leaves the task ACTIVATING, to be started again
        for (ContainerDefinition c : task.containers) {
            c.logConfiguration().flatMap(l -> l.awslogs()).forEach(a -> openStream(task, c, a, now));
        }
        task.reachedRunning = true;
        task.startedAt = Option.of(now);
        boolean checked = task.containers.exists(c -> c.healthCheck().isDefined());
        task.health = checked ? HealthStatus.HEALTHY : HealthStatus.UNKNOWN;
        task.moveTo(TaskStatus.RUNNING, now);
        // a task that starts ends its service's throttle episode
        serviceOf(task).filter(s -> s.failuresInARow > 0).forEach(ServiceState::resetThrottle);
        // resetOnHealthyTask (ECS's default true): the breaker counts consecutive failures, so a task that runs resets it
        deployment(task).filter(d -> !d.settings.deploymentConfiguration()
                        .flatMap(c -> c.deploymentCircuitBreaker()).flatMap(b -> b.resetOnHealthyTask()).contains(false))
                .forEach(d -> d.breakerFailures = 0);
    }

    private void openStream(TaskState task, ContainerDefinition c, AwslogsOptions awslogs, Instant now) {
        step("openStream");
        if (awslogs.group().isEmpty() || awslogs.streamPrefix().isEmpty()) {
            return;
        }
        String group = awslogs.group().get();
        InMemoryState.LogGroupState logGroup = state.logGroups.computeIfAbsent(group, g -> new InMemoryState.LogGroupState(
                new LogGroup(new LogGroupName(g), InMemoryLogs.arn(state, g), Option.none(), now, 0)));
        String streamName = awslogs.streamName(c.name().getOrElse(""), task.id()).get();
        InMemoryState.StreamState stream = logGroup.streams.computeIfAbsent(streamName, s -> new InMemoryState.StreamState(now));
        if (!stream.events.isEmpty()) {
            return; // opened by an earlier try of a start that failed later
        }
        // a simulated container says it started, as real ones usually do on stdout
        io.ecskit.domain.logs.LogEvent started = new io.ecskit.domain.logs.LogEvent(now, "[ecskit] container " + c.name().getOrElse("")
                + " started from " + c.image().getOrElse("") + (c.command().isEmpty() ? "" : " running " + c.command().mkString(" ")),
                new io.ecskit.domain.logs.LogStreamName(streamName));
        stream.events.add(started);
        InMemoryLogs.emitMetrics(state, logGroup, io.vavr.collection.List.of(started));
    }

    private void run(TaskState task, Instant now, Duration running) {
        step("run");
        // behind a load balancer, ELB's health checks find a task that does not answer (after the grace period)
        if (!task.elbTargets.isEmpty() && task.containers.exists(c -> state.faults.unhealthy(task, c))
                && !running.minus(InMemoryLoadBalancing.unhealthyAfter(state, task)).isNegative()) {
            String[] target = task.elbTargets.get(0);
            serviceOf(task).forEach(s -> s.event(state.newId(8), now, "(task " + task.id() + ") (port " + target[2] + ") is unhealthy in (target-group "
                    + target[0] + ") due to (reason Health checks failed)."));
            fail(task, TaskStopCode.SERVICE_SCHEDULER_INITIATED, "Task failed ELB health checks in (target-group " + target[0] + ")", now);
            return;
        }
        for (ContainerDefinition c : task.containers) {
            String name = c.name().getOrElse("");
            Faults.Exit exit = task.exitCodes.containsKey(name) ? null : state.faults.exitOf(task, c);
            if (exit != null && !now.isBefore(exit.at(task.since))) {
                if (c.isEssential()) {
                    // the stop first: a step that fails before it leaves the exit to be found again
                    fail(task, TaskStopCode.ESSENTIAL_CONTAINER_EXITED, "Essential container in task exited", now);
                    task.exitCodes.put(name, Option.of(exit.exitCode()));
                    return;
                }
                task.exitCodes.put(name, Option.of(exit.exitCode()));
                // a non-essential container that exits leaves its task running
                task.containerStopped.add(name);
                task.version++;
                continue;
            }
            if (state.faults.unhealthy(task, c) && !running.minus(unhealthyAfter(c)).isNegative()) {
                task.health = HealthStatus.UNHEALTHY;
                fail(task, TaskStopCode.SERVICE_SCHEDULER_INITIATED, "Task failed container health checks", now);
                return;
            }
        }
        Instant stopAt = state.faults.stopsAt.get(task.id());
        if (stopAt != null && !now.isBefore(stopAt)) {
            task.containers.headOption()
                    .forEach(c -> task.exitCodes.put(c.name().getOrElse(""), Option.of(1)));
            task.requestStop(TaskStopCode.ESSENTIAL_CONTAINER_EXITED, "Essential container in task exited", now);
        }
    }

    /** A failing health check is noticed after the start period and {@code retries} failed checks. */
    private static Duration unhealthyAfter(ContainerDefinition c) {
        HealthCheck hc = c.healthCheck().getOrElse(HealthCheck.builder().build());
        int interval = hc.interval().getOrElse(TaskDefinitionDefaults.HEALTH_CHECK_INTERVAL);
        int retries = hc.retries().getOrElse(TaskDefinitionDefaults.HEALTH_CHECK_RETRIES);
        return Duration.ofSeconds(hc.startPeriod().getOrElse(TaskDefinitionDefaults.HEALTH_CHECK_START_PERIOD)
                + (long) interval * retries);
    }

    /**
     * A task that failed on its own: stops, counts against its deployment's circuit breaker, and against its service's
     * throttle (ECS's service throttle logic).
     */
    private void fail(TaskState task, TaskStopCode code, String reason, Instant now) {
        step("fail");
        task.requestStop(code, reason, now);
        deployment(task).forEach(d -> {
            d.failedTasks++;
            d.breakerFailures++;
            d.updatedAt = now;
        });
        serviceOf(task).forEach(s -> throttle(s, task, now));
    }

    /** Failures in a row before ECS starts spacing out a service's relaunches. */
    static final int THROTTLE_AFTER_FAILURES = 3;
    /** The first pause between relaunches once throttled; it doubles with each further round of failures. */
    static final Duration THROTTLE_FIRST_PAUSE = Duration.ofSeconds(30);
    /** ECS's longest pause between relaunch attempts ("up to a maximum of 27 minutes"). */
    static final Duration THROTTLE_MAX_PAUSE = Duration.ofMinutes(27);
    /**
     * ECS's service throttle logic ("service-throttle-logic" in the ECS developer guide): when a service's tasks
     * repeatedly fail to enter RUNNING (PENDING straight to STOPPED), the time between relaunch attempts grows, up to
     * 27 minutes, and the service says so in an event (rule serviceThrottled, once per episode). ECS never stops retrying. The first {@value #THROTTLE_AFTER_FAILURES} failures relaunch at once; then
     * the pause is 30 s, doubled per round of {@code desiredCount} failures (ECS documents the behaviour and the cap,
     * not the steps: the steps are ecskit's). A task that reaches RUNNING, and a new deployment (a new task definition),
     * end the episode; tasks that stop after they ran are relaunched at once, as ECS does.
     */
    private void throttle(ServiceState s, TaskState task, Instant now) {
        step("throttle");
        if (task.reachedRunning) {
            return;
        }
        s.failuresInARow++;
        if (s.failuresInARow < THROTTLE_AFTER_FAILURES) {
            return;
        }
        int perRound = Math.max(1, s.desiredCount());
        int rounds = (s.failuresInARow - THROTTLE_AFTER_FAILURES) / perRound;
        Duration pause = rounds >= 6 ? THROTTLE_MAX_PAUSE : THROTTLE_FIRST_PAUSE.multipliedBy(1L << rounds);
        pause = pause.compareTo(THROTTLE_MAX_PAUSE) > 0 ? THROTTLE_MAX_PAUSE : pause;
        s.relaunchNotBefore = now.plus(pause);
        if (!s.throttleAnnounced) {
            s.throttleAnnounced = true;
            // rule serviceThrottled: ServiceState.event prefixes "(service NAME) " itself
            String said = io.ecskit.domain.EcsRule.SERVICE_THROTTLED.message(s.name());
            s.event(state.newId(8), now, said.substring(said.indexOf(") ") + 2));
        }
    }

    /** The task's service, by its group ({@code service:NAME}): no scan of the fleet. */
    private Option<ServiceState> serviceOf(TaskState task) {
        return task.group.filter(g -> g.startsWith("service:"))
                .flatMap(g -> Option.of(state.servicesByName.get(task.arn.cluster().value() + "/" + g.substring("service:".length()))));
    }

    /** The deployment that started the task, found through its service. */
    private Option<DeploymentState> deployment(TaskState task) {
        return task.startedBy.flatMap(id -> serviceOf(task).flatMap(s -> List.ofAll(s.deployments).find(d -> d.id.value().equals(id))));
    }

    // ---- services -----------------------------------------------------------------------------

    static List<TaskState> liveTasks(InMemoryState state, ServiceState s) {
        return List.ofAll(s.unstopped).filter(t -> t.desiredStatus == TaskStatus.RUNNING);
    }

    /** Whether every task {@code startedBy} (a deployment or task set id) of the service has stopped. */
    static boolean allStopped(ServiceState s, String startedBy) {
        for (TaskState t : s.unstopped) {
            if (t.startedBy.contains(startedBy)) {
                return false;
            }
        }
        return true;
    }

    private List<TaskState> liveTasks(ServiceState s, DeploymentState d) {
        return liveTasks(state, s).filter(t -> t.startedBy.contains(d.id.value()));
    }

    void reconcile(ServiceState s, Instant now) {
        step("reconcile");
        if (s.status == ServiceStatus.DRAINING) {
            liveTasks(state, s).forEach(t -> t.requestStop(TaskStopCode.SERVICE_SCHEDULER_INITIATED, "Service is being deleted.", now));
            if (s.unstopped.isEmpty()) {
                s.taskSets.clear();
                s.status = ServiceStatus.INACTIVE;
                s.inactiveAt = Option.of(now);
                state.inactiveInOrder.add(s);
            }
            return;
        }
        if (s.runsTaskSets()) {
            reconcileTaskSets(s, now);
            return;
        }
        for (DeploymentState due : List.ofAll(s.deployments).filter(d -> d.rollbackDue != null)) {
            rollBackAsDue(s, due, due.rollbackDue, now);
        }
        Option<DeploymentState> primaryOption = s.primary();
        if (primaryOption.isEmpty()) {
            return;
        }
        DeploymentState primary = primaryOption.get();
        primary.desiredCount = s.desiredCount();
        watchAlarms(s, primary, now);
        tripBreaker(s, primary, now);
        for (ServiceDeploymentState rollingBack : List.ofAll(s.serviceDeployments).filter(r -> r.trafficRollback && r.rollbackFinishedAt.isEmpty())) {
            traffic.advance(s, rollingBack.target, rollingBack, now);
        }
        primary = s.primary().get();
        DeploymentState current = primary;
        Option<ServiceDeploymentState> record = List.ofAll(s.serviceDeployments).find(r -> r.target == current);
        if (TrafficShift.shiftsTraffic(primary) && record.isDefined() && primary.rolloutState == DeploymentRolloutState.IN_PROGRESS) {
            traffic.advance(s, primary, record.get(), now);
            return;
        }
        DeploymentConfiguration config = s.deploymentConfiguration();
        int desired = s.desiredCount();
        int maxTotal = Math.max(desired, desired * config.maximumPercent().get() / 100);
        int minHealthy = (desired * config.minimumHealthyPercent().get() + 99) / 100;

        List<TaskState> ours = liveTasks(s, primary);
        // the service throttle: after repeated failures, relaunches wait
        if (primary.launching && ours.size() < desired && !now.isBefore(s.relaunchNotBefore)) {
            int room = Math.min(desired - ours.size(), maxTotal - liveTasks(state, s).size());
            if (room > 0) {
                launch(s, primary, room, now);
            }
        }
        if (ours.size() > desired) {
            stoppedEvent(s, stopExtra(ours, desired, s.primary().get().id.value(), now), now);
        }
        drainOldDeployments(s, primary, minHealthy, now);
        complete(s, primary, now);
    }

    /**
     * Scale-in: the newest of {@code ours} beyond {@code desired} stop, as the deployment (or task set) {@code by} asks;
     * protected tasks (UpdateTaskProtection) stay until their protection expires.
     */
    private static List<TaskState> stopExtra(List<TaskState> ours, int desired, String by, Instant now) {
        List<TaskState> extra = ours.filter(t -> !t.isProtected(now)).sortBy(t -> t.createdAt).reverse().take(ours.size() - desired);
        extra.forEach(t -> t.requestStop(TaskStopCode.SERVICE_SCHEDULER_INITIATED, "Scaling activity initiated by (deployment " + by + ")", now));
        return extra;
    }

    private void stoppedEvent(ServiceState s, List<TaskState> stopped, Instant now) {
        s.event(state.newId(8), now, "has stopped " + stopped.size() + " running tasks: "
                + stopped.map(t -> "(task " + t.id() + ")").mkString(" ") + ".");
    }

    /** Whether every task set is STEADY_STATE (it runs exactly its computed desired count) and none is DRAINING: nothing left to do. */
    private boolean taskSetsSettled(ServiceState s) {
        for (TaskSetState ts : s.taskSets) {
            if (ts.status.equals(TaskSetState.DRAINING) || ts.stability != io.ecskit.domain.service.StabilityStatus.STEADY_STATE
                    || liveTasks(s, ts.runner).size() != ts.computedDesiredCount(s.desiredCount())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An EXTERNAL service: each task set keeps its scale's share of the desired count (ECS's computedDesiredCount),
     * is STEADY_STATE once that many run and none is pending, and a DRAINING one goes once its tasks stopped.
     */
    private void reconcileTaskSets(ServiceState s, Instant now) {
        step("reconcileTaskSets");
        for (TaskSetState ts : List.ofAll(s.taskSets)) {
            int desired = ts.computedDesiredCount(s.desiredCount());
            ts.runner.desiredCount = desired;
            List<TaskState> ours = liveTasks(s, ts.runner);
            if (ours.size() < desired) {
                launch(s, ts.runner, desired - ours.size(), now);
            } else if (ours.size() > desired) {
                List<TaskState> extra = stopExtra(ours, desired, ts.id(), now);
                if (!extra.isEmpty()) {
                    stoppedEvent(s, extra, now);
                }
            }
            List<TaskState> live = liveTasks(s, ts.runner);
            // STEADY_STATE: exactly the computed count RUNNING, none still stopping, and not in the instant it was created or
            // changed (ECS answers CreateTaskSet and UpdateTaskSet STABILIZING)
            boolean stopping = List.ofAll(s.unstopped).exists(t -> t.startedBy.contains(ts.id())
                    && t.desiredStatus == io.ecskit.domain.task.TaskStatus.STOPPED);
            boolean steady = live.size() == desired && live.forAll(TaskState::isRunning) && !stopping && now.isAfter(ts.updatedAt);
            io.ecskit.domain.service.StabilityStatus stability = steady ? io.ecskit.domain.service.StabilityStatus.STEADY_STATE
                    : io.ecskit.domain.service.StabilityStatus.STABILIZING;
            if (stability != ts.stability) {
                ts.stability = stability;
                ts.stabilityAt = now.isBefore(ts.updatedAt) ? ts.updatedAt : now;
            }
            if (ts.status.equals(TaskSetState.DRAINING) && allStopped(s, ts.id())) {
                s.taskSets.remove(ts);
            }
        }
        boolean settled = taskSetsSettled(s);
        if (!s.steady && settled && !s.taskSets.isEmpty()) {
            s.steady = true;
            s.event(state.newId(8), now, "has reached a steady state.");
        }
    }

    private void launch(ServiceState s, DeploymentState d, int count, Instant now) {
        step("launch");
        RegisteredTaskDefinition definition = InMemoryTaskDefinitions.byArn(state, d.taskDefinition).get();
        Option<String> unassumable = TaskRoles.unassumable(state, TaskRoles.roles(definition.definition(), Option.none()));
        if (unassumable.isDefined()) {
            // ECS launches nothing and says why, then tries again (rule taskRoleAssumable)
            String said = "failed to launch a task with (error " + io.ecskit.domain.EcsRule.TASK_ROLE_ASSUMABLE.message(unassumable.get()) + ").";
            boolean repeated = !s.events.isEmpty() && s.events.peekFirst().message().endsWith(said);
            if (!repeated) {
                s.event(state.newId(8), now, said);
            }
            s.relaunchNotBefore = now.plus(PLACEMENT_RETRY);
            return;
        }
        // a strategy's tasks spread over its providers by base and weight, counting the deployment's live ones
        io.vavr.collection.Seq<io.ecskit.domain.CapacityProviderStrategyItem> strategy = d.settings.capacityProviderStrategy();
        List<String> chosenProviders = strategy.isEmpty() ? List.empty()
                : CapacityPlacement.place(strategy, liveTasks(s, d).map(t -> t.capacityProviderName), count);
        io.ecskit.domain.LaunchType effective = CapacityPlacement.effectiveLaunchType(d.launchType(), strategy);
        List<Option<io.ecskit.domain.arn.ContainerInstanceArn>> instances = List.fill(count, Option::none);
        if (effective == io.ecskit.domain.LaunchType.EC2) {
            // EC2 tasks need room on a container instance; what finds none waits, and the service says why
            instances = placeOnInstances(s, d, definition, count, now);
            if (instances.isEmpty()) {
                return;
            }
        }
        java.util.Iterator<String> providers = chosenProviders.iterator();
        java.util.Iterator<Option<io.ecskit.domain.arn.ContainerInstanceArn>> on = instances.iterator();
        List<TaskState> started = List.fill(instances.size(), () -> {
            TaskArn arn = new TaskArn(state.region, state.account, s.arn.cluster(), state.newId(32));
            TaskState task = new TaskState(arn, definition, Option.of("service:" + s.name()), Option.of(d.id.value()),
                    d.launchType(), providers.hasNext() ? Option.of(providers.next()) : Option.none(), d.network(), now);
            task.tags = TaskState.tagsOf(List.empty(), s.settings.propagateTags(), definition, s.settings.tags(),
                    s.settings.enableECSManagedTags().getOrElse(false), s.arn.cluster(), Option.of(s.name()));
            task.executeCommand = s.settings.enableExecuteCommand().getOrElse(false);
            task.containerInstance = on.next();
            task.platformVersion = d.settings.platformVersion();
            task.service = s;
            state.addTask(task);
            return task;
        });
        s.steady = false;
        s.event(state.newId(8), now, "has started " + started.size() + " tasks: "
                + started.map(t -> "(task " + t.id() + ")").mkString(" ") + ".");
    }

    /** How long a service waits before it tries again to place tasks no container instance had room for. */
    static final Duration PLACEMENT_RETRY = Duration.ofMinutes(1);

    /**
     * Container instances for up to {@code count} of the service's EC2 tasks (fewer when fewer fit); when some find none,
     * the service says so as ECS does (rules servicePlacementNoInstances, servicePlacementInsufficient) and tries again
     * a minute later.
     */
    private List<Option<io.ecskit.domain.arn.ContainerInstanceArn>> placeOnInstances(ServiceState s, DeploymentState d,
                                                                                   RegisteredTaskDefinition definition, int count, Instant now) {
        InMemoryState.ClusterState cluster = state.clusters.get(s.arn.cluster().value());
        Either<io.ecskit.domain.error.EcsError, Ec2Placement.Placed> placed = cluster == null ? Either.right(new Ec2Placement.Placed(
                List.empty(), List.of(new io.ecskit.port.out.Descriptions.Failure("", Ec2Placement.NO_INSTANCES, Option.none()))))
                : Ec2Placement.place(state, cluster, Ec2Placement.of(definition.definition(), definition.definition().containerDefinitions(),
                        Option.none()), count, "service:" + s.name(), d.settings.placementConstraints(), d.settings.placementStrategy());
        List<io.ecskit.domain.arn.ContainerInstanceArn> on = placed.map(Ec2Placement.Placed::instances).getOrElse(List.empty());
        if (on.size() < count) {
            io.vavr.collection.Seq<io.ecskit.port.out.Descriptions.Failure> failures = placed.map(Ec2Placement.Placed::failures)
                    .getOrElse(List.empty());
            String said = failures.find(f -> !f.arn().isEmpty()).map(f -> io.ecskit.domain.EcsRule.SERVICE_PLACEMENT_INSUFFICIENT.message(
                            s.name(), f.arn().substring(f.arn().lastIndexOf('/') + 1), insufficient(f.reason())))
                    .getOrElse(() -> io.ecskit.domain.EcsRule.SERVICE_PLACEMENT_NO_INSTANCES.message(s.name()));
            String message = said.substring(said.indexOf(") ") + 2);
            boolean repeated = !s.events.isEmpty() && s.events.peekFirst().message().equals(said);
            if (!repeated) {
                s.event(state.newId(8), now, message);
            }
            s.relaunchNotBefore = now.plus(PLACEMENT_RETRY);
        }
        return on.map(Option::of);
    }

    /** The words ECS's placement event uses for a reason. */
    private static String insufficient(String reason) {
        return switch (reason) {
            case "RESOURCE:CPU" -> "has insufficient CPU units available";
            case "RESOURCE:MEMORY" -> "has insufficient memory available";
            case "RESOURCE:PORTS" -> "is already using a port required by your task";
            default -> "does not meet the placement constraints";
        };
    }

    /** Old deployments' tasks stop as far as minimumHealthyPercent allows; emptied deployments go. */
    private void drainOldDeployments(ServiceState s, DeploymentState primary, int minHealthy, Instant now) {
        step("drainOldDeployments");
        List<TaskState> all = liveTasks(state, s);
        int healthy = all.count(TaskState::isRunning);
        boolean primaryDone = liveTasks(s, primary).count(TaskState::isRunning) >= s.desiredCount();
        for (DeploymentState old : List.ofAll(s.deployments).filter(d -> d != primary)) {
            for (TaskState task : liveTasks(s, old)) {
                boolean stoppable = !task.isRunning() || primaryDone || healthy - 1 >= minHealthy;
                if (stoppable) {
                    if (task.isRunning()) {
                        healthy--;
                    }
                    task.requestStop(TaskStopCode.SERVICE_SCHEDULER_INITIATED,
                            "Scaling activity initiated by (deployment " + primary.id + ")", now);
                }
            }
            if (allStopped(s, old.id.value())) {
                old.status = DeploymentStatus.INACTIVE;
                s.deployments.remove(old);
            }
        }
    }

    private void complete(ServiceState s, DeploymentState primary, Instant now) {
        step("complete");
        int running = liveTasks(s, primary).count(TaskState::isRunning);
        boolean alone = s.deployments.size() == 1;
        if (primary.rolloutState == DeploymentRolloutState.IN_PROGRESS && alone && running == s.desiredCount()) {
            primary.rolloutState = DeploymentRolloutState.COMPLETED;
            primary.rolloutStateReason = "ECS deployment " + primary.id + " completed.";
            primary.updatedAt = now;
            s.lastCompleted = Option.of(primary);
            s.event(state.newId(8), now, "(deployment " + primary.id + ") deployment completed.");
            s.resetThrottle();
        }
        if (!s.steady && alone && running == s.desiredCount() && liveTasks(state, s).size() == s.desiredCount()) {
            s.steady = true;
            s.event(state.newId(8), now, "has reached a steady state.");
        }
    }

    /**
     * CloudWatch alarms (deploymentConfiguration.alarms): an alarm the deployment watches that is in
     * ALARM fails it while it is in progress, rolling back when {@code rollback} is set.
     */
    private void watchAlarms(ServiceState s, DeploymentState primary, Instant now) {
        step("watchAlarms");
        Option<io.ecskit.domain.service.DeploymentAlarms> alarms = primary.settings.deploymentConfiguration().flatMap(c -> c.alarms())
                .filter(a -> a.enable());
        if (alarms.isEmpty() || primary.rolloutState != DeploymentRolloutState.IN_PROGRESS || primary.isRollback) {
            return;
        }
        List<String> fired = alarms.get().alarmNames().filter(state.faults.firedAlarms::contains);
        if (fired.isEmpty()) {
            return;
        }
        List.ofAll(s.serviceDeployments).find(r -> r.target == primary).forEach(r -> r.triggeredAlarms = fired);
        String reason = "CloudWatch alarm(s) " + fired.mkString(", ") + " in ALARM";
        if (alarms.get().rollback() && (s.lastCompleted.exists(c -> c != primary) || TrafficShift.shiftsTraffic(primary))) {
            if (!TrafficShift.shiftsTraffic(primary)) {
                primary.rollbackDue = reason;
                primary.fail("ECS deployment " + primary.id + " failed: " + reason + ".", now);
                rollBackAsDue(s, primary, reason, now);
            } else {
                rollBack(s, primary, reason, now);
            }
        } else {
            primary.fail("ECS deployment " + primary.id + " failed: " + reason + ".", now);
            s.event(state.newId(8), now, "(deployment " + primary.id + ") deployment failed: " + reason + ".");
        }
    }

    /** The deployment circuit breaker [AWS "deployment-circuit-breaker"]: 0.5 × desired, 3..200 failed tasks. */
    private void tripBreaker(ServiceState s, DeploymentState primary, Instant now) {
        step("tripBreaker");
        DeploymentCircuitBreaker breaker = s.deploymentConfiguration().deploymentCircuitBreaker().get();
        if (!breaker.enable() || primary.rolloutState != DeploymentRolloutState.IN_PROGRESS
                || primary.breakerFailures < breaker.failureThresholdFor(s.desiredCount())) {
            return;
        }
        Option<ServiceDeploymentState> record = List.ofAll(s.serviceDeployments).find(r -> r.target == primary);
        if (TrafficShift.shiftsTraffic(primary) && record.isDefined() && breaker.rollback()) {
            // traffic back to blue: the traffic rollback fails the deployment and says why itself
            traffic.rollBack(s, primary, record.get(), "ECS deployment circuit breaker: task failed to start", now);
            return;
        }
        if (breaker.rollback()) {
            // recorded before the deployment fails: whatever fails after, the rollback is made when the step is tried again
            primary.rollbackDue = "ECS deployment circuit breaker: task failed to start.";
        }
        primary.fail("ECS deployment circuit breaker: task failed to start.", now);
        s.event(state.newId(8), now, "(deployment " + primary.id + ") deployment failed: tasks failed to start.");
        if (breaker.rollback()) {
            rollBackAsDue(s, primary, "ECS deployment circuit breaker: task failed to start.", now);
        }
    }

    /**
     * A rollback the deployment's failure calls for, recorded before it is made: a rollback that fails half-way through
     * its step is made when the step is tried again (the failed deployment is no longer in progress, so nothing else would).
     */
    void rollBackDue(ServiceState s, DeploymentState failed, String reason, Instant now) {
        rollBackAsDue(s, failed, reason, now);
    }

    private void rollBackAsDue(ServiceState s, DeploymentState failed, String reason, Instant now) {
        failed.rollbackDue = reason;
        rollBack(s, failed, reason, now);
        failed.rollbackDue = null;
    }

    /**
     * Back to the last COMPLETED deployment's revision, as the circuit breaker and StopServiceDeployment
     * (ROLLBACK) do; false when there is none to go back to (ECS then reports ROLLBACK_FAILED).
     */
    boolean rollBack(ServiceState s, DeploymentState primary, String reason, Instant now) {
        step("rollBack");
        Option<DeploymentState> target = s.lastCompleted.filter(c -> c != primary);
        Option<ServiceDeploymentState> record = io.vavr.collection.List.ofAll(s.serviceDeployments).find(r -> r.target == primary);
        if (TrafficShift.shiftsTraffic(primary) && record.isDefined()) {
            traffic.rollBack(s, primary, record.get(), reason, now);
            return record.get().rollbackFailedAt.isEmpty();
        }
        if (primary.rolledBackBy != null) {
            // an earlier try made the rollback deployment and failed after: finish what it started
            primary.status = DeploymentStatus.ACTIVE;
            s.settings = primary.rolledBackBy.settings;
            return true;
        }
        record.forEach(r -> r.rollbackReason = Option.of(reason));
        if (target.isEmpty()) {
            // nothing COMPLETED to go back to: ECS reports the service deployment ROLLBACK_FAILED
            record.forEach(r -> r.rollbackFailedAt = Option.of(now));
            return false;
        }
        // the new PRIMARY first, then the old one stops being it: a failure in between leaves a service with a primary
        io.ecskit.domain.service.Service settings = s.settings.toBuilder().taskDefinition(target.get().taskDefinition.ref()).build();
        DeploymentState rollback = new DeploymentState(state.newDeploymentId(), target.get().taskDefinition, settings, now);
        rollback.rolloutStateReason = (reason.startsWith("ECS deployment circuit breaker") ? "ECS deployment circuit breaker"
                : "Service deployment rollback") + ": rolling back to deploymentId " + target.get().id + ".";
        rollback.revisionArn = target.get().revisionArn;
        rollback.isRollback = true;
        s.deployments.add(0, rollback);
        EcsEvents.deploymentStarted(state, s, rollback.id.value(), now);
        primary.rolledBackBy = rollback;
        primary.status = DeploymentStatus.ACTIVE;
        s.settings = settings;
        record.forEach(r -> r.rollback = Option.of(rollback));
        s.event(state.newId(8), now, "(deployment " + primary.id + ") deployment failed: rolling back to "
                + "(deployment " + target.get().id + ").");
        return true;
    }
}
