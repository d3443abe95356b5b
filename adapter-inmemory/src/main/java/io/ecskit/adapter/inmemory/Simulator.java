package io.ecskit.adapter.inmemory;

import io.ecskit.port.out.ContainerMatcher;
import io.ecskit.domain.Done;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.taskdef.AwslogsOptions;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * The test's handle on the in-memory ECS: move time, script faults, declare the VPC, register
 * EC2 container instances, write container log lines and put images as a push would.
 * <p>
 * Each awslogs container writes one line of its own when it starts,
 * {@code [ecskit] container NAME started from IMAGE} (and {@code running COMMAND} when it has one), to its stream, so a service's logs are never
 * empty by accident; lines written with {@link #log} come after it.
 */
public final class Simulator implements io.ecskit.port.out.Simulation {

    private final InMemoryState state;

    /** The region's state (for the kit's own wiring across Regions). */
    InMemoryState state() {
        return state;
    }

    @Inject
    Simulator(InMemoryState state) {
        this.state = state;
    }

    /** The runtime, for tests of this package (failures injected into its steps). */
    Scheduler scheduler() {
        return state.scheduler;
    }

    @Override
    public Instant now() {
        return state.now();
    }

    /** How many times the AWS operation (e.g. "RegisterTaskDefinition") was called on this kit. */
    @Override
    public int calls(String operation) {
        return state.calls.getOrDefault(operation, 0);
    }

    /** Every operation called so far, with its count. */
    public java.util.Map<String, Integer> calls() {
        return java.util.Map.copyOf(state.calls);
    }

    /** Forgets the call counts, e.g. after a test's set-up. */
    @Override
    public Simulator resetCalls() {
        state.calls.clear();
        return this;
    }

    /** Moves a virtual clock forward and lets the simulated ECS catch up. */
    @Override
    public Instant advance(Duration duration) {
        if (!(state.clock instanceof VirtualClock virtual)) {
            throw new IllegalStateException("advance needs the virtual clock; this kit runs on real time");
        }
        virtual.advance(duration);
        return state.caughtUp();
    }

    /** Tasks with this image fail to start: CannotPullContainerError, stop code TaskFailedToStart. */
    @Override
    public Simulator failImagePull(String image) {
        return failImagePull(ContainerMatcher.image(image));
    }

    /** Essential containers with this image exit with {@code exitCode} after running for {@code after}. */
    @Override
    public Simulator exitEssentialContainer(String image, Duration after, int exitCode) {
        return exit(ContainerMatcher.image(image), after, exitCode);
    }

    /** Containers with this image fail their health check; the scheduler replaces their tasks. */
    @Override
    public Simulator failHealthChecks(String image) {
        return failHealthChecks(ContainerMatcher.image(image));
    }

    @Override
    public Simulator failImagePull(ContainerMatcher which) {
        java.util.Objects.requireNonNull(which, "which");
        return state.control(() -> {
            state.faults.unpullable.add(which);
            return this;
        });
    }

    @Override
    public Simulator exit(ContainerMatcher which, Duration after, int exitCode) {
        java.util.Objects.requireNonNull(which, "which");
        nonNegative(after);
        exitCode(exitCode);
        // under the lock, after the runtime caught up: a container that already ran longer exits now, not in the past
        return state.control(() -> {
            state.faults.exits.add(new Faults.Exit(which, after, exitCode, state.now()));
            return this;
        });
    }

    @Override
    public Simulator failHealthChecks(ContainerMatcher which) {
        java.util.Objects.requireNonNull(which, "which");
        return state.control(() -> {
            state.faults.unhealthy.add(which);
            return this;
        });
    }

    @Override
    public Simulator oneOffTasksExit(int exitCode, Duration after) {
        nonNegative(after);
        exitCode(exitCode);
        return state.control(() -> {
            state.faults.oneOffDefault = new Faults.Exit(ContainerMatcher.oneOffTasks(), after, exitCode, state.now());
            return this;
        });
    }

    /** Exit codes are what a process can exit with: 0..255. */
    private static void exitCode(int exitCode) {
        if (exitCode < 0 || exitCode > 255) {
            throw new IllegalArgumentException("exitCode: a process exits with 0..255, not " + exitCode);
        }
    }

    @Override
    public io.vavr.collection.Seq<TaskArn> interruptSpotTasks(io.ecskit.domain.arn.ClusterName cluster, io.vavr.control.Option<String> service) {
        return state.control(() -> {
            if (InMemoryClusters.active(state, cluster).isLeft()) {
                throw new IllegalArgumentException("cluster: no ACTIVE cluster " + cluster.value() + " in " + state.region.code());
            }
            io.vavr.collection.List<TaskState> spot = io.vavr.collection.List.ofAll(state.tasks.values())
                    .filter(t -> t.arn.cluster().equals(cluster) && t.capacityProviderName.contains("FARGATE_SPOT")
                            && t.desiredStatus != io.ecskit.domain.task.TaskStatus.STOPPED
                            && service.forAll(name -> t.group.contains("service:" + name)));
            for (TaskState task : spot) {
                task.requestStop(io.ecskit.domain.task.TaskStopCode.SPOT_INTERRUPTION,
                        io.ecskit.domain.EcsRule.SPOT_INTERRUPTION.message(), state.now());
                if (task.service != null) {
                    state.touch(task.service);
                }
            }
            return spot.map(t -> t.arn);
        });
    }

    private static Duration nonNegative(Duration after) {
        if (after.isNegative()) {
            throw new IllegalArgumentException("after: a duration of 0 or more, not " + after);
        }
        return after;
    }

    /** The next {@code times} calls of {@code operation} (e.g. "CreateService") are throttled. */
    @Override
    public Simulator throttle(String operation, int times) {
        return state.control(() -> {
            state.faults.throttled.put(operation, times);
            return this;
        });
    }

    /**
     * The caller "dies" after {@code calls} more calls: those reach the simulated ECS and take effect,
     * every later one fails (EndpointUnreachable) until {@link #revive()} — a process killed right
     * after its n-th call, for tests that a re-run converges.
     */
    public Simulator killAfterCalls(int calls) {
        state.faults.callsUntilCrash.set(calls);
        return this;
    }

    /** The caller is back: calls are answered again. */
    public Simulator revive() {
        state.faults.callsUntilCrash.set(-1);
        return this;
    }

    /**
     * How long stopped tasks and INACTIVE services stay describable; ECS keeps them about an hour
     * (the default here). A test that inspects older history can keep them longer.
     */
    public Simulator retainHistory(Duration retention) {
        return state.quietControl(() -> {
            state.retention = retention;
            return this;
        });
    }

    /** The task stops by itself (its essential container exits with 1) after {@code after}. */
    @Override
    public Simulator stopTaskAfter(TaskArn task, Duration after) {
        return state.control(() -> {
            state.faults.stopsAt.put(task.taskId(), state.now().plus(after));
            return this;
        });
    }

    /** A CloudWatch alarm, to fire at any moment: {@code simulator.alarm("web-5xx").fire()}. */
    public Alarm alarm(String alarmName) {
        return new Alarm(alarmName);
    }

    /** What lifecycle hooks answer: {@code simulator.hooks().answer(functionArn, FAILED)}. */
    public Hooks hooks() {
        return new Hooks();
    }

    /** One CloudWatch alarm of the simulated account. */
    public final class Alarm {
        private final String name;

        private Alarm(String name) {
            this.name = name;
        }

        /** Into ALARM: a deployment watching it (deploymentConfiguration.alarms) fails, or rolls back. */
        public Simulator fire() {
            return fireAlarm(name);
        }

        /** Into ALARM {@code after} from now (simulated time): an incident scripted ahead, e.g. for a demo. */
        public Simulator fireAfter(Duration after) {
            return state.control(() -> {
                state.faults.alarmsAt.put(name, state.now().plus(after));
                return Simulator.this;
            });
        }

        /** Back to OK. */
        public Simulator clear() {
            return clearAlarm(name);
        }
    }

    /** The simulated AWS_LAMBDA hook functions. */
    public final class Hooks {
        private Hooks() {
        }

        /** From now on the function answers {@code answer} (SUCCEEDED or FAILED) when a hook invokes it. */
        public Simulator answer(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer) {
            return answerHook(functionArn, answer);
        }
    }

    @Override
    public Simulator fireAlarm(String alarmName) {
        return state.control(() -> {
            // a CloudWatch alarm of that name: SetAlarmState (until its next evaluation says otherwise)
            io.ecskit.domain.metrics.MetricAlarm alarm = state.metrics.alarms.get(alarmName);
            if (alarm != null) {
                InMemoryMetrics.transition(state, alarm, "ALARM", "Set by the simulator (fireAlarm)", state.now());
                InMemoryMetrics.reevaluate(state, alarmName);
            }
            state.faults.firedAlarms.add(alarmName);
            return this;
        });
    }

    @Override
    public Simulator clearAlarm(String alarmName) {
        return state.control(() -> {
            io.ecskit.domain.metrics.MetricAlarm alarm = state.metrics.alarms.get(alarmName);
            if (alarm != null) {
                InMemoryMetrics.transition(state, alarm, "OK", "Set by the simulator (clearAlarm)", state.now());
                InMemoryMetrics.reevaluate(state, alarmName);
            }
            state.faults.firedAlarms.remove(alarmName);
            return this;
        });
    }

    @Override
    public Simulator answerHook(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer) {
        state.faults.hookAnswers.put(functionArn, answer);
        return this;
    }

    /** Clears every scripted fault; tasks already failing stay failed. */
    @Override
    public Simulator clearFaults() {
        state.faults.unpullable.clear();
        state.faults.exits.clear();
        state.faults.unhealthy.clear();
        state.faults.oneOffDefault = null;
        state.faults.throttled.clear();
        state.faults.stopsAt.clear();
        state.faults.firedAlarms.clear();
        state.faults.alarmsAt.clear();
        state.faults.hookAnswers.clear();
        state.faults.failingRequests.clear();
        return this;
    }

    /** {@inheritDoc} */
    @Override
    public Simulator requests(String listenerOrRuleArn, double requestsPerSecond) {
        java.util.Objects.requireNonNull(listenerOrRuleArn, "listenerOrRuleArn");
        if (!Double.isFinite(requestsPerSecond) || requestsPerSecond < 0 || requestsPerSecond > 10_000_000) {
            throw new IllegalArgumentException("requests per second: from 0 to 10,000,000, not " + requestsPerSecond);
        }
        return state.control(() -> {
            Option<String> balancer = InMemoryLoadBalancing.balancerOf(state, listenerOrRuleArn);
            if (balancer.isEmpty()) {
                throw new IllegalArgumentException("no listener or listener rule " + listenerOrRuleArn + " in " + state.region.code());
            }
            LoadBalancingState.Balancer b = state.loadBalancing.balancers.get(balancer.get());
            if (b != null && b.balancer.type().exists(t -> t != io.ecskit.domain.elb.LoadBalancerTypeEnum.APPLICATION)) {
                throw new IllegalArgumentException(listenerOrRuleArn + " is a listener of a " + b.balancer.type().get().wire()
                        + " load balancer: ecskit scripts requests through application load balancers (AWS/ApplicationELB) only");
            }
            if (requestsPerSecond == 0) {
                state.metrics.traffic.remove(listenerOrRuleArn);
            } else {
                state.metrics.traffic.put(listenerOrRuleArn, new MetricsState.Traffic(listenerOrRuleArn, requestsPerSecond, state.now()));
                if (state.metrics.nextReport == null) {
                    state.metrics.nextReport = InMemoryMetrics.boundary(state.now(), 60);
                }
            }
            return this;
        });
    }

    /** {@inheritDoc} */
    @Override
    public Simulator failRequests(ContainerMatcher which, double fraction) {
        java.util.Objects.requireNonNull(which, "which");
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the share of requests failing: from 0 to 1, not " + fraction);
        }
        return state.control(() -> {
            // scripting the same containers again replaces what was scripted for them; 0 ends it
            state.faults.failingRequests.removeIf(f -> f.which().equals(which));
            if (fraction > 0) {
                state.faults.failingRequests.add(new Faults.FailingRequests(which, fraction));
            }
            return this;
        });
    }

    /**
     * The environment a container of a started task runs with: its definition's {@code environment} (with RunTask's
     * overrides) and the values its {@code secrets} resolved to when the task started (Secrets Manager, Parameter Store;
     * a JSON key's value for {@code :json-key::}). Empty when the task is unknown or has not reached its pull yet. Secrets
     * are resolved only once the region has a secret or a parameter (docs/ecs-rules.md#taskSecretsExist).
     */
    public Option<java.util.Map<String, String>> environment(io.ecskit.domain.arn.TaskArn task, String container) {
        return state.quietControl(() -> {
            TaskState t = state.tasks.get(task.taskId());
            if (t == null || !t.arn.equals(task)) {
                return Option.<java.util.Map<String, String>>none();
            }
            return Option.ofOptional(t.containers.toJavaStream().filter(c -> c.name().contains(container)).findFirst()).map(c -> {
                java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
                c.environment().forEach(kv -> environment.put(kv.name().getOrElse(""), kv.value().getOrElse("")));
                environment.putAll(t.secretValues.getOrDefault(container, java.util.Map.of()));
                return java.util.Collections.unmodifiableMap(environment);
            });
        });
    }

    /** From now on only these subnets and security groups exist, and others are refused as AWS does. */
    public Simulator declareNetwork(Iterable<String> subnets, Iterable<String> securityGroups) {
        return state.quietControl(() -> {
            state.subnets.clear();
            state.securityGroups.clear();
            subnets.forEach(state.subnets::add);
            securityGroups.forEach(state.securityGroups::add);
            return this;
        });
    }

    /** An EC2 container instance joins the cluster (for clean-up and delete-cluster behaviour). */
    @Override
    public Either<EcsError, ContainerInstanceArn> registerContainerInstance(ClusterName cluster) {
        return state.quietControl(() -> InMemoryClusters.active(state, cluster).map(c -> InMemoryContainerInstances.register(state, c,
                io.ecskit.domain.instance.ContainerInstanceRegistration.builder().cluster(cluster.value()).build()).containerInstanceArn()));
    }

    /**
     * Scripted load (issue 25 items 4 and 5): while the service has running tasks, they report {@code cpuPercent} and
     * {@code memoryPercent} as AWS/ECS CPUUtilization and MemoryUtilization (dimensions ClusterName, ServiceName) each
     * minute of the clock, as CloudWatch shows a service's utilization; alarms on them are evaluated as CloudWatch does.
     * The load is the service's work as measured with the tasks running now (the desired count when none runs yet):
     * when Application Auto Scaling or an UpdateService changes how many run, each reports its share (at most 100%),
     * so target tracking settles as it does on AWS. Scripting it again replaces it.
     */
    @Override
    public Simulator serviceLoad(ClusterName cluster, String service, double cpuPercent, double memoryPercent) {
        return serviceLoad(cluster, new io.ecskit.domain.arn.ServiceName(service), cpuPercent, memoryPercent);
    }

    /** As {@link #serviceLoad(ClusterName, String, double, double)}. */
    public Simulator serviceLoad(ClusterName cluster, io.ecskit.domain.arn.ServiceName service, double cpuPercent, double memoryPercent) {
        return state.control(() -> {
            ServiceState s = state.servicesByName.get(InMemoryState.key(cluster, service));
            long running = s == null ? 0 : io.vavr.collection.List.ofAll(s.unstopped).count(TaskState::isRunning);
            long tasks = running > 0 ? running : s == null ? 1 : Math.max(1, s.desiredCount());
            state.metrics.loads.put(cluster.value() + "/" + service.value(), new double[]{cpuPercent, memoryPercent, tasks});
            if (state.metrics.nextReport == null) {
                state.metrics.nextReport = InMemoryMetrics.boundary(state.now(), 60);
            }
            return this;
        });
    }

    /**
     * Listens to the region's default event bus in process (issue 25 item 6): every event ECS sends (task state changes,
     * service actions, deployment state changes) and every event PutEvents sends, in the order and at the simulated time
     * they happen, as {@link io.ecskit.domain.events.Event} ({@code json()} is what EventBridge delivers). Events are built
     * only while someone listens or a rule with a pattern has a target. The listener runs inside the simulation's step:
     * keep it quick; what it throws is reported and does not stop the step.
     *
     * @return a handle whose {@code close()} stops the listening
     */
    public AutoCloseable listen(java.util.function.Consumer<io.ecskit.domain.events.Event> listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        state.events.listeners.add(listener);
        return () -> state.events.listeners.remove(listener);
    }

    /**
     * Makes the IDs this kit hands out from now on (tasks, deployments, events, container instances) repeatable: the same
     * seed and the same calls give the same IDs. Without it every kit hands out different ones, as ECS does.
     */
    public Simulator seedIds(long seed) {
        return state.quietControl(() -> {
            state.random.setSeed(seed);
            state.eventIds.setSeed(~seed);
            return this;
        });
    }

    /** A container of a running task writes a line to its awslogs stream ({@code prefix/container/taskId}). */
    @Override
    public Either<EcsError, Done> log(TaskArn task, String container, String line) {
        return state.quietControl(() -> {
            Option<TaskState> running = Option.of(state.tasks.get(task.taskId())).filter(TaskState::isRunning);
            if (running.isEmpty()) {
                return Either.left(EcsError.InvalidParameter.of("Task " + task + " is not RUNNING."));
            }
            Option<AwslogsOptions> awslogs = running.get().definition.definition().container(container)
                    .flatMap(ContainerDefinition::logConfiguration).flatMap(l -> l.awslogs());
            if (awslogs.flatMap(AwslogsOptions::group).isEmpty()) {
                return Either.left(EcsError.InvalidParameter.of("Container " + container + " does not log with awslogs."));
            }
            LogStreamName stream = new LogStreamName(awslogs.get().streamName(container, task.taskId()).get());
            return InMemoryLogs.append(state, new LogGroupName(awslogs.get().group().get()), stream,
                    List.of(new LogEvent(state.now(), line, stream)));
        });
    }

    /** What a push leaves in ECR: an image whose digest is the manifest's sha256, tagged. */
    @Override
    public Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        return state.quietControl(() -> InMemoryEcr.put(state, repository, tag, manifest, manifest.length));
    }

    /**
     * Makes an image on this kit's own ECR host pullable, as a push would (rule imagePullable): the
     * repository is created when missing and the tag put on a manifest derived from the reference.
     * Tasks refer to images by what the task definition says, so {@code image} is that text,
     * e.g. {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1}; a tag-less reference puts
     * {@code latest}. A digest reference cannot be put (a digest is what a push yields).
     *
     * @return the image as ECR stores it, or InvalidParameterException when {@code image} is not on
     *         this kit's registry host or names a digest
     */
    /** ECR's finding severities (FindingSeverity). */
    private static final java.util.Set<String> SEVERITIES = java.util.Set.of("INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL", "UNDEFINED");

    /**
     * A finding the basic scans of {@code image} report from now on, e.g.
     * {@code scanFinding(ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/web:1", new Finding("CVE-2024-6387", "HIGH", "...", "https://..."))}:
     * a scan started after this (on push or by StartImageScan) answers it once COMPLETE, with the severity counts ECR adds.
     */
    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageScan.Finding> scanFinding(String image, io.ecskit.domain.ecr.ImageScan.Finding finding) {
        java.util.Objects.requireNonNull(finding, "finding");
        return state.quietControl(() -> {
            Option<InMemoryEcr.OwnImage> ref = InMemoryEcr.own(state, image);
            if (ref.isEmpty()) {
                return Either.left(EcsError.InvalidParameter.of("scanFinding takes an image on this kit's registry "
                        + io.ecskit.domain.ecr.ImageUri.ecrRegistry(state.account.value(), state.region.code()) + ", not '" + image + "'."));
            }
            if (!SEVERITIES.contains(finding.severity())) {
                return Either.left(EcsError.InvalidParameter.of("severity must be one of " + new java.util.TreeSet<>(SEVERITIES)
                        + ", not '" + finding.severity() + "'."));
            }
            state.scanFindings.computeIfAbsent(ref.get().repository() + "|" + ref.get().tagOrDigest(), k -> new java.util.ArrayList<>())
                    .add(finding);
            return Either.right(finding);
        });
    }

    @Override
    public Either<EcsError, Image> putImage(String image) {
        return state.quietControl(() -> {
            Option<InMemoryEcr.OwnImage> ref = InMemoryEcr.own(state, image).filter(r -> !r.isDigest());
            if (ref.isEmpty()) {
                return Either.left(EcsError.InvalidParameter.of("putImage takes a tagged image on this kit's registry "
                        + io.ecskit.domain.ecr.ImageUri.ecrRegistry(state.account.value(), state.region.code())
                        + ", not '" + image + "'."));
            }
            Either<io.ecskit.domain.Violation, RepositoryName> name = RepositoryName.parse(ref.get().repository());
            Either<io.ecskit.domain.Violation, ImageTag> tag = ImageTag.parse(ref.get().tagOrDigest());
            if (name.isLeft() || tag.isLeft()) {
                return Either.left(EcsError.InvalidParameter.of(
                        (name.isLeft() ? name.getLeft() : tag.getLeft()).message()));
            }
            if (!state.repositories.containsKey(name.get().value())) {
                InMemoryEcr.store(state, io.ecskit.domain.ecr.RepositorySpec.named(name.get()));
            }
            byte[] manifest = ("{\"schemaVersion\":2,\"ecskit-image\":\"" + image + "\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return InMemoryEcr.put(state, name.get(), tag.get(), manifest, manifest.length);
        });
    }
}
