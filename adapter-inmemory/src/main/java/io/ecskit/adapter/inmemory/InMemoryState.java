package io.ecskit.adapter.inmemory;

import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything one in-memory ECS account+region holds. One lock guards it all: operations are
 * short, and a single lock makes "no lost update" evident. Before each operation the simulated
 * runtime catches up with the clock, so tasks move even between calls.
 */
@Singleton
final class InMemoryState {

    /** A cluster as stored: status and its container instances. */
    static final class ClusterState {
        final ClusterName name;
        final Instant createdAt;
        /** What CreateCluster was given (tags, settings, configuration, capacity providers, ...), as UpdateCluster and PutClusterCapacityProviders changed it. */
        io.ecskit.domain.cluster.ClusterSpec spec;
        ClusterStatus status = ClusterStatus.ACTIVE;
        final List<ContainerInstanceArn> containerInstances = new ArrayList<>();
        /** The cluster's tags: CreateCluster's, then as TagResource and UntagResource change them. */
        io.vavr.collection.List<io.ecskit.domain.Tag> tags;
        /** Whether PutClusterCapacityProviders changed the cluster (ECS then reports attachmentsStatus). */
        boolean capacityProvidersPut;

        ClusterState(ClusterName name, io.ecskit.domain.cluster.ClusterSpec spec, Instant createdAt) {
            this.name = name;
            this.spec = spec;
            this.createdAt = createdAt;
            this.tags = spec.tags();
        }
    }

    /** An ECR repository with its images by digest and its tags. */
    static final class RepositoryState {
        /** The repository as DescribeRepositories shows it (replaced when its settings change). */
        Repository repository;
        final Map<String, Image> imagesByDigest = new LinkedHashMap<>();
        /** digest → the manifest as pushed (BatchGetImage answers it). */
        final Map<String, String> manifests = new java.util.HashMap<>();
        /** digest → a layer's or config blob's bytes, as uploaded (CompleteLayerUpload, the registry endpoint). */
        final Map<String, byte[]> blobs = new java.util.HashMap<>();
        /** SetRepositoryPolicy's text, null when none. */
        String policy;
        /** image digest → when its last scan started (it completes {@code InMemoryEcr.SCAN_TIME} later). */
        final Map<String, java.time.Instant> scans = new java.util.HashMap<>();
        /** PutLifecyclePolicy's text and when it was put, null when none. */
        String lifecyclePolicy;
        java.time.Instant lifecyclePolicySetAt;
        /** When the lifecycle policy was last applied, null before its first evaluation. */
        java.time.Instant lifecycleEvaluatedAt;
        /** The last StartLifecyclePolicyPreview's result, null when none was started. */
        io.ecskit.domain.ecr.LifecyclePolicyPreview lifecyclePreview;
        /** the repository's tags (ECR's TagResource), in the order added. */
        final Map<String, String> tags = new LinkedHashMap<>();
        /** upload id → the bytes received so far (InitiateLayerUpload .. CompleteLayerUpload). */
        final Map<String, java.io.ByteArrayOutputStream> uploads = new java.util.HashMap<>();

        /** The bytes this repository holds in layers and open uploads (counted against the region's registry limit). */
        long bytes() {
            return blobs.values().stream().mapToLong(b -> b.length).sum() + uploads.values().stream().mapToLong(u -> u.size()).sum();
        }

        RepositoryState(Repository repository) {
            this.repository = repository;
        }
    }

    /** A log group with its streams' events in arrival order. */
    static final class LogGroupState {
        LogGroup group;
        final Map<String, StreamState> streams = new TreeMap<>();
        /** the group's tags, in the order added. */
        final Map<String, String> tags = new LinkedHashMap<>();
        /** metric filters by name (PutMetricFilter), in name order. */
        final Map<String, io.ecskit.domain.logs.MetricFilter> metricFilters = new TreeMap<>();
        /** subscription filters by name (PutSubscriptionFilter), in name order. */
        final Map<String, io.ecskit.domain.logs.SubscriptionFilter> subscriptionFilters = new TreeMap<>();

        LogGroupState(LogGroup group) {
            this.group = group;
        }
    }

    static final class StreamState {
        final Instant createdAt;
        final List<LogEvent> events = new ArrayList<>();

        StreamState(Instant createdAt) {
            this.createdAt = createdAt;
        }
    }

    final Region region;
    final AccountId account;
    final Clock clock;
    final Faults faults = new Faults();
    final Timings timings;
    /** Task, deployment and event IDs: different for every kit (and so every server region) unless a test seeds them. */
    final Random random = new Random();

    final Map<String, ClusterState> clusters = new LinkedHashMap<>();
    final Map<String, List<RegisteredTaskDefinition>> families = new TreeMap<>();
    final List<ServiceState> services = new ArrayList<>();
    /** cluster/name → the newest service of that name (ACTIVE, DRAINING or INACTIVE). */
    final Map<String, ServiceState> servicesByName = new java.util.HashMap<>();
    /** Each cluster's services in the order they were created, as {@link #services} holds them: no scan of the region's. */
    private final Map<String, List<ServiceState>> servicesByCluster = new java.util.HashMap<>();

    /** A service created: held in the region's order, its cluster's and by its name. */
    void addService(ServiceState s) {
        services.add(s);
        servicesByCluster.computeIfAbsent(s.arn.cluster().value(), c -> new ArrayList<>()).add(s);
        servicesByName.put(key(s.arn.cluster(), s.arn.name()), s);
    }

    /** A cluster's services (every status ECS still describes), oldest first. */
    List<ServiceState> servicesOf(io.ecskit.domain.arn.ClusterName cluster) {
        return servicesByCluster.getOrDefault(cluster.value(), List.of());
    }
    final Map<String, TaskState> tasks = new LinkedHashMap<>();

    /*
     * What the runtime visits (issue 26 item 4: only what is busy is touched). A task is active from the moment it is
     * added, and again whenever its status changes, until a tick finds it quiet (STOPPED, or RUNNING with nothing
     * scripted against it); a service is active once a call touched it or one of its tasks changed, until a tick found
     * it settled. Ticks, the next-event search and the busy check go over these, never over the fleet. A simulator
     * control (which may script a fault against any task) asks for one rescan of the fleet.
     */
    final java.util.Set<TaskState> activeTasks = new java.util.LinkedHashSet<>();
    final java.util.Set<ServiceState> activeServices = new java.util.LinkedHashSet<>();
    /** Whether the next busy check first looks at the whole fleet (after a simulator control). */
    boolean rescan;
    /** Tasks in the order they stopped (and services in the order they went INACTIVE): what forgetting pops. */
    private final java.util.ArrayDeque<TaskState> stoppedInOrder = new java.util.ArrayDeque<>();
    final java.util.ArrayDeque<ServiceState> inactiveInOrder = new java.util.ArrayDeque<>();

    /** A new task: stored, counted by its service, and active. */
    void addTask(TaskState task) {
        tasks.put(task.id(), task);
        task.attach(network);
        task.watcher = this::changed;
        if (task.service != null) {
            task.service.unstopped.add(task);
        }
        changed(task);
    }

    /** A task's status changed: it, and its service, are looked at by the next tick. */
    private void changed(TaskState task) {
        if (task.service != null && metrics.nextReport == null && (!metrics.loads.isEmpty()
                && metrics.loads.containsKey(task.service.arn.cluster().value() + "/" + task.service.name())
                || InMemoryMetrics.insightsOn(clusters.get(task.service.arn.cluster().value())))) {
            // a loaded service runs again, or a service of a cluster with Container Insights changed: it reports again
            metrics.nextReport = InMemoryMetrics.boundary(task.since, 60);
        }
        // ECS sends a task state change whenever lastStatus or desiredStatus changes
        emit("ECS Task State Change", java.util.List.of(task.arn.toString()), () -> EcsEvents.taskDetail(task), task.since);
        activeTasks.add(task);
        if (task.service != null) {
            activeServices.add(task.service);
            if (loadBalancing.isModelled()) {
                InMemoryLoadBalancing.taskChanged(this, task);
            }
        }
        if (task.isStopped()) {
            task.detach(network);
            stoppedInOrder.add(task);
            if (task.service != null) {
                task.service.unstopped.remove(task);
            }
        }
    }
    final Map<String, RepositoryState> repositories = new TreeMap<>();
    /** Scripted scan findings (Simulator#scanFinding), by "repository|tag or digest". */
    final Map<String, java.util.List<io.ecskit.domain.ecr.ImageScan.Finding>> scanFindings = new java.util.HashMap<>();
    /** PutRegistryPolicy's text, null when none. */
    String registryPolicy;
    /** PutReplicationConfiguration's configuration, null when none. */
    io.ecskit.domain.ecr.ReplicationConfiguration replication;
    /** PutRegistryScanningConfiguration's configuration, null when none (BASIC). */
    io.ecskit.domain.ecr.RegistryScanningConfiguration registryScanning;
    /** ECR account settings that were put (the others have their defaults). */
    final Map<String, String> ecrAccountSettings = new TreeMap<>();
    /** principal ARN → when its pull-time update exclusion was registered, in order. */
    final Map<String, java.time.Instant> pullTimeExclusions = new LinkedHashMap<>();
    /** PutSigningConfiguration's configuration and when it was put, null when none. */
    io.ecskit.domain.ecr.SigningConfiguration signing;
    java.time.Instant signingSince;
    /** repository creation templates by prefix, in prefix order. */
    final Map<String, io.ecskit.domain.ecr.RepositoryCreationTemplate> creationTemplates = new TreeMap<>();
    /** pull through cache rules by repository prefix, in prefix order. */
    final Map<String, io.ecskit.domain.ecr.PullThroughCacheRule> pullThroughCacheRules = new TreeMap<>();
    final Map<String, LogGroupState> logGroups = new TreeMap<>();
    /** RunTask clientToken → the tasks that call started. */
    final Map<String, List<TaskState>> runTaskTokens = new java.util.HashMap<>();
    /** EC2 networking: VPCs, subnets and security groups (InMemoryNetwork), and the addresses task ENIs hold. */
    final NetworkState network = new NetworkState();
    /** Secrets Manager secrets and SSM parameters (InMemorySecrets), resolved into a task's containers when it starts. */
    final SecretsState secrets = new SecretsState();
    /** IAM roles and policies: the account's, shared with its other regions' kits (IAM is global). */
    final IamState iam;
    /**
     * Subnets and groups a test declared to exist (Simulator#declareNetwork), besides those EC2's API created; empty (and no
     * subnet created) means any well-formed id is accepted.
     */
    final Set<String> subnets = new HashSet<>();
    final Set<String> securityGroups = new HashSet<>();

    /** Capacity providers by name: FARGATE and FARGATE_SPOT from the start, then those created (INACTIVE ones too). */
    final Map<String, io.ecskit.domain.capacity.CapacityProvider> capacityProviders = new LinkedHashMap<>();

    /** Container instance ARN → the instance as DescribeContainerInstances answers it. */
    final Map<String, io.ecskit.domain.instance.ContainerInstance> instances = new LinkedHashMap<>();

    /** Container instance ARN → its tags. */
    final Map<String, io.vavr.collection.List<io.ecskit.domain.Tag>> containerInstanceTags = new java.util.HashMap<>();

    /** An Express Gateway service: what ECS keeps beside the service it manages. */
    static final class ExpressState {
        final String infrastructureRoleArn;
        final Instant createdAt;
        Instant updatedAt;
        io.vavr.collection.List<io.ecskit.domain.Tag> tags;
        final String endpoint;
        /** Every configuration deployed, oldest first; those whose revision still runs are the active ones. */
        final List<io.ecskit.domain.express.ExpressGatewayServiceConfiguration> configurations = new ArrayList<>();

        ExpressState(String infrastructureRoleArn, Instant createdAt, io.vavr.collection.List<io.ecskit.domain.Tag> tags, String endpoint) {
            this.infrastructureRoleArn = infrastructureRoleArn;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.tags = tags;
            this.endpoint = endpoint;
        }
    }

    /** Daemon task definitions: family → revisions, oldest first (a namespace apart from task definitions). */
    final Map<String, List<io.ecskit.domain.daemon.DaemonTaskDefinition>> daemonFamilies = new TreeMap<>();

    /** Gateways by name (DELETED ones are forgotten), as DescribeGateway answers them. */
    final Map<String, io.ecskit.domain.gateway.Gateway> gateways = new LinkedHashMap<>();
    /** CreateGateway clientToken → gateway name. */
    final Map<String, String> gatewayTokens = new java.util.HashMap<>();
    /** Gateway name → the clusters it is associated with (ACTIVE), in association order. */
    final Map<String, java.util.Set<String>> gatewayClusters = new java.util.HashMap<>();

    /** Express Gateway services by service ARN. */
    final Map<String, ExpressState> express = new java.util.HashMap<>();

    /** Account settings: principal ARN → setting → value; the root user's are the account's defaults. */
    final Map<String, Map<io.ecskit.domain.account.SettingName, String>> accountSettings = new LinkedHashMap<>();

    /** The caller of every call: the account's root user (credentials are not told apart). */
    String rootPrincipal() {
        return "arn:aws:iam::" + account.value() + ":root";
    }

    /** The value in effect for a principal: its own, else the account's default, else ECS's. */
    String accountSetting(String principal, io.ecskit.domain.account.SettingName name) {
        String own = accountSettings.getOrDefault(principal, Map.of()).get(name);
        if (own != null) {
            return own;
        }
        return accountSettings.getOrDefault(rootPrincipal(), Map.of()).getOrDefault(name, name.defaultValue());
    }

    /** Calls per AWS operation name, throttled ones included: what a use case cost. */
    final Map<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    final Scheduler scheduler;
    private Instant simulatedUntil;

    @Inject
    InMemoryState(Region region, AccountId account, Clock clock, IamState iam) {
        this.region = region;
        this.iam = iam;
        iam.join(this);
        this.account = account;
        this.clock = clock;
        this.timings = Timings.FARGATE_LIKE;
        this.scheduler = new Scheduler(this);
        for (var type : List.of(io.ecskit.domain.capacity.CapacityProviderType.FARGATE, io.ecskit.domain.capacity.CapacityProviderType.FARGATE_SPOT)) {
            capacityProviders.put(type.wire(), io.ecskit.domain.capacity.CapacityProvider.builder()
                    .capacityProviderArn(io.ecskit.domain.arn.Arns.format("ecs", region, account, "capacity-provider/" + type.wire()))
                    .name(type.wire()).status(io.ecskit.domain.capacity.CapacityProviderStatus.ACTIVE).type(type).build());
        }
        this.simulatedUntil = clock.instant();
    }

    Instant now() {
        return pinnedNow != null ? pinnedNow : clock.instant();
    }

    /** While a timed step runs inside a catch-up (a scheduled rule, an alarm): the simulated time it is due at. */
    private Instant pinnedNow;

    /** Runs one operation under the lock, after the runtime caught up and unless it is throttled. */
    <T> Either<EcsError, T> call(String operation, Supplier<Either<EcsError, T>> body) {
        calls.merge(operation, 1, Integer::sum);
        lock.lock();
        try {
            catchUp();
            if (faults.takeThrottle(operation)) {
                return Either.left(EcsError.Throttled.of("Rate exceeded"));
            }
            if (faults.callsUntilCrash.get() == 0) {
                return Either.left(EcsError.EndpointUnreachable.of("Could not connect to the endpoint URL: the simulated process was killed"));
            }
            faults.callsUntilCrash.updateAndGet(n -> n > 0 ? n - 1 : n);
            if (!reads(operation)) {
                changes++;    // before as after: a view the write answers with is made anew
            }
            return body.get();
        } finally {
            if (!reads(operation)) {
                generation++;
                changes++;
            }
            lock.unlock();
        }
    }

    /**
     * Raised by everything that may change what the region holds: every write and simulator control, and every step
     * of the runtime (a tick, a scheduled rule, a forgetting). A view made at one value holds as long as it stays (what
     * DescribeServices answers of a service nothing touched is the record it answered before). Read under the lock.
     */
    long changes() {
        return changes;
    }

    private long changes;

    /** AWS's naming: Describe*, List*, Get*, BatchGet*, Filter* and DiscoverPollEndpoint change nothing. */
    private static boolean reads(String operation) {
        return operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get")
                || operation.startsWith("BatchGet") || operation.startsWith("Filter") || operation.equals("DiscoverPollEndpoint")
                || operation.equals("TestEventPattern");
    }

    /** Raised by every call that may change the state (every write, every simulator control). */
    private long generation;
    /** The generation at which the runtime was last seen idle: while no write comes, it stays idle, whatever the time. */
    private long idleAt = -1;

    /** Runs a simulator control under the lock; it may script a fault against any task, so the fleet is looked at once. */
    <T> T control(Supplier<T> body) {
        lock.lock();
        try {
            catchUp();
            changes++;
            return body.get();
        } finally {
            rescan = true;
            generation++;
            changes++;
            lock.unlock();
        }
    }

    /**
     * A simulator control that scripts nothing against tasks (an image put, a log line, a seed, the network, an instance):
     * no rescan of the fleet after it, since nothing it does can make a quiet task or service busy.
     */
    <T> T quietControl(Supplier<T> body) {
        lock.lock();
        try {
            catchUp();
            changes++;
            return body.get();
        } finally {
            generation++;
            changes++;
            lock.unlock();
        }
    }

    /** Lets the runtime catch up with the clock (after a virtual clock moved), changing nothing else. */
    Instant caughtUp() {
        lock.lock();
        try {
            catchUp();
            return now();
        } finally {
            lock.unlock();
        }
    }

    /** The runtime catches up with the clock, under this region's lock (another region's IAM change asks it first). */
    void catchUpAlone() {
        lock.lock();
        try {
            catchUp();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the region has an ACTIVE cluster (read under its lock). */
    boolean hasActiveCluster() {
        lock.lock();
        try {
            return clusters.values().stream().anyMatch(c -> c.status == io.ecskit.domain.cluster.ClusterStatus.ACTIVE);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the simulated runtime up to the clock, one step at a time, only while something can change. */
    void catchUp() {
        Instant now = clock.instant();
        while (simulatedUntil.isBefore(now)) {
            // a scheduled rule's next time is an event too (an idle runtime wakes for it)
            io.vavr.control.Option<Instant> fire = nextTimed();
            // an idle runtime stays idle until a write: reads at a later time need no scan of the fleet
            if (idleAt == generation || !scheduler.busy()) {
                if (fire.exists(at -> !at.isAfter(now))) {
                    changes++;
                    // what is due (never behind the runtime: something due in its past runs now)
                    simulatedUntil = fire.get().isAfter(simulatedUntil) ? fire.get() : simulatedUntil;
                    Instant due = simulatedUntil;
                    scheduler.guarded("a scheduled rule", () -> fireSchedules(due));
                    changes++;    // after as before: a listener reading in the middle of it saw a view not yet whole
                    if (nextTimed().exists(at -> !at.isAfter(due))) {
                        // a step that failed left its time due: the runtime goes on and it is tried with the next call
                        simulatedUntil = now;
                        break;
                    }
                    continue;
                }
                idleAt = generation;
                simulatedUntil = now;
                break;
            }
            // from event to event, not second by second (a step when only stepping can tell)
            Instant[] next = {simulatedUntil.plus(timings.step())};
            scheduler.guarded("the search for the next event", () -> next[0] = scheduler.nextEvent(simulatedUntil).getOrElse(next[0]));
            if (fire.exists(at -> at.isAfter(simulatedUntil) && at.isBefore(next[0]))) {
                next[0] = fire.get();   // (what is due in the runtime's past runs after this tick)
            }
            simulatedUntil = next[0].isAfter(now) ? now : next[0];
            changes++;
            scheduler.tick(simulatedUntil);
            Instant ticked = simulatedUntil;
            scheduler.guarded("a scheduled rule", () -> fireSchedules(ticked));
            scheduler.guarded("forgetting", () -> forget(simulatedUntil));
            changes++;    // after the step as before it: an event listener that read during it saw a view not yet whole
        }
        scheduler.guarded("forgetting", () -> forget(simulatedUntil));
    }

    /**
     * How long ECS keeps what it no longer runs: stopped tasks and INACTIVE services stay describable
     * for about an hour, then DescribeTasks/DescribeServices report them MISSING. Tests may keep them
     * longer ({@code Simulator.retainHistory}).
     */
    java.time.Duration retention = java.time.Duration.ofHours(1);
    private Instant lastForget = Instant.MIN;

    /** Forgets, at most once a simulated minute, what has been gone for longer than the retention. */
    private void forget(Instant now) {
        scheduler.step("forget");
        // on whole minutes of the clock, not a minute after whichever call came last: reads then change nothing of what is
        // forgotten when (a state restored by running only the writes again forgets the same)
        Instant minute = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (!minute.isAfter(lastForget)) {
            return;
        }
        lastForget = minute;
        changes++;
        Instant before = minute.minus(retention);
        // in the order they stopped: what is left at the head stopped after {@code before}
        while (!stoppedInOrder.isEmpty() && stoppedInOrder.peekFirst().stoppedAt.forAll(at -> at.isBefore(before))) {
            TaskState task = stoppedInOrder.pollFirst();
            tasks.remove(task.id(), task);
        }
        boolean forgotten = false;
        while (!inactiveInOrder.isEmpty() && inactiveInOrder.peekFirst().inactiveAt.forAll(at -> at.isBefore(before))) {
            ServiceState s = inactiveInOrder.pollFirst();
            servicesByName.remove(key(s.arn.cluster(), s.arn.name()), s);
            forgotten = true;
        }
        if (forgotten) {
            java.util.function.Predicate<ServiceState> gone = s -> s.inactiveAt.exists(at -> at.isBefore(before));
            services.removeIf(gone);
            servicesByCluster.values().forEach(of -> of.removeIf(gone));
        }
    }

    /** ContinueServiceDeployment: false when no PAUSE hook of that id is awaiting action. */
    boolean answerHook(ServiceDeploymentState record, String hookId, io.ecskit.domain.service.DeploymentLifecycleHookAction action) {
        boolean answered = scheduler.traffic.answer(record, hookId, action);
        if (answered) {
            touch(record.service);
        }
        return answered;
    }

    /** StopServiceDeployment ROLLBACK: what the circuit breaker does when it trips. */
    void rollBack(ServiceState service, DeploymentState deployment, String reason) {
        // as the breaker's: recorded as due, made now or, if its step fails, at the service's next step
        deployment.rollbackDue = reason;
        scheduler.guarded(service, () -> scheduler.rollBackDue(service, deployment, reason, now()));
        touch(service);
    }

    /** After a change to one service, lets the scheduler act on it at once (e.g. start its first tasks). */
    void touch(ServiceState service) {
        if (!service.isLive()) {
            return;
        }
        activeServices.add(service);
        scheduler.guarded(service, () -> scheduler.reconcile(service, simulatedUntil));
    }

    static String key(io.ecskit.domain.arn.ClusterName cluster, io.ecskit.domain.arn.ServiceName name) {
        return cluster.value() + "/" + name.value();
    }

    /** Event ids: their own sequence, so ids of tasks and deployments are the same whether or not events are built. */
    final Random eventIds = new Random();

    /** An event's id (a UUID's form). */
    String newUuid() {
        return new java.util.UUID(eventIds.nextLong(), eventIds.nextLong()).toString();
    }

    /** EventBridge's default bus (InMemoryEvents): rules, targets, the tests' listeners. */
    final EventsState events = new EventsState();

    /**
     * An event ECS sends (source {@code aws.ecs}) at {@code time}; built only when something would see it (a listener, a
     * rule with a pattern and a target), so a simulation nobody listens to pays nothing.
     */
    void emit(String detailType, java.util.List<String> resources, Supplier<com.fasterxml.jackson.databind.JsonNode> detail, Instant time) {
        emitFrom("aws.ecs", detailType, resources, detail, time);
    }

    /** An event another AWS service sends (e.g. {@code aws.cloudwatch}'s alarm state changes), built only when wanted. */
    void emitFrom(String source, String detailType, java.util.List<String> resources, Supplier<com.fasterxml.jackson.databind.JsonNode> detail,
                  Instant time) {
        if (!events.wanted()) {
            return;
        }
        publish(new io.ecskit.domain.events.Event(newUuid(), detailType, source, account.value(), time, region.code(),
                io.vavr.collection.List.ofAll(resources), detail.get().toString()));
    }

    /** CloudWatch's metrics and alarms (InMemoryMetrics). */
    final MetricsState metrics = new MetricsState();

    /** A push replicated here from another Region of the account (ECR replication, a backfill), received when due. */
    record Inbound(Instant due, long order, String repository, String manifest, Map<String, byte[]> blobs,
                   io.vavr.collection.List<io.ecskit.domain.ecr.ImageTag> tags, String mediaType, java.util.function.BooleanSupplier wanted) {
    }

    /**
     * What other Regions replicate here, soonest first: written by their threads (no lock of this Region), received in this
     * one's steps; at most {@link InMemoryEcr#MAX_INBOUND} wait (a replication beyond that FAILS at its source).
     */
    final java.util.concurrent.PriorityBlockingQueue<Inbound> inbound = new java.util.concurrent.PriorityBlockingQueue<>(16,
            java.util.Comparator.comparing(Inbound::due).thenComparingLong(Inbound::order));
    /** A replication of a push to one destination: when it is COMPLETE, or why it FAILED. */
    record Replica(Instant due, String failureCode) {
    }

    /** ECR replication of pushes here: {@code repository@digest} → each destination ({@code region|registryId}) and how it went. */
    final Map<String, Map<String, Replica>> replications = new java.util.HashMap<>();
    /** ECR replication backfills by id, in the order started. */
    final Map<String, InMemoryEcr.Backfill> backfills = new LinkedHashMap<>();

    /** ECR images being restored from the archive: {@code repository@digest} → when the restore completes. */
    final Map<String, Instant> restoresDue = new java.util.HashMap<>();

    /** Elastic Load Balancing's load balancers, target groups, listeners and targets (InMemoryLoadBalancing). */
    final LoadBalancingState loadBalancing = new LoadBalancingState();

    /** Application Auto Scaling's targets, policies, scheduled actions and activities (InMemoryAutoScaling). */
    final ScalingState scaling = new ScalingState();

    /**
     * The next time something on the clock is due besides tasks: a scheduled rule, an alarm evaluation, a load report, a
     * scheduled scaling action.
     */
    io.vavr.control.Option<Instant> nextTimed() {
        io.vavr.control.Option<Instant> fire = events.nextFire();
        io.vavr.control.Option<Instant> tick = metrics.nextTick();
        io.vavr.control.Option<Instant> scaled = scaling.nextTick();
        Inbound arriving = inbound.peek();
        if (arriving != null && (scaled.isEmpty() || arriving.due().isBefore(scaled.get()))) {
            scaled = io.vavr.control.Option.of(arriving.due());
        }
        for (Instant restore : restoresDue.values()) {
            if (scaled.isEmpty() || restore.isBefore(scaled.get())) {
                scaled = io.vavr.control.Option.of(restore);
            }
        }
        if (scaled.isDefined() && (tick.isEmpty() || scaled.get().isBefore(tick.get()))) {
            tick = scaled;
        }
        if (fire.isEmpty()) {
            return tick;
        }
        return tick.isEmpty() || fire.get().isBefore(tick.get()) ? fire : tick;
    }

    /** An event on the bus: to the tests' listeners, and to the targets of every enabled rule whose pattern it matches. */
    void publish(io.ecskit.domain.events.Event event) {
        for (java.util.function.Consumer<io.ecskit.domain.events.Event> listener : events.listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException failed) {
                // a test's listener that throws must not break the simulation step it was told in
                System.err.println("ecskit: a Simulator.listen listener threw on event " + event.id() + ": " + failed);
            }
        }
        com.fasterxml.jackson.databind.JsonNode tree = null;
        for (EventsState.RuleEntry rule : List.copyOf(events.rules.values())) {
            if (rule.pattern == null || !rule.enabled() || rule.targets.isEmpty()) {
                continue;
            }
            if (tree == null) {
                try {
                    tree = EventPatterns.JSON.readTree(event.json());
                } catch (java.io.IOException cannot) {
                    throw new IllegalStateException("an event's JSON is written here", cannot);
                }
            }
            if (EventPatterns.matches(rule.pattern, tree)) {
                for (io.ecskit.domain.events.EventTarget target : rule.targets.values()) {
                    deliver(target, event, tree, event.time());
                }
            }
        }
    }

    /**
     * What a target receives: its Input, the part of the event its InputPath names, or the event. A CloudWatch Logs group
     * gets it as a log event (in a stream named by the event's id); a group that does not exist receives nothing, as
     * EventBridge's failed invocations go nowhere the API shows.
     */
    private void deliver(io.ecskit.domain.events.EventTarget target, io.ecskit.domain.events.Event event,
                         com.fasterxml.jackson.databind.JsonNode tree, Instant at) {
        String payload = target.input().getOrElse(() -> {
            com.fasterxml.jackson.databind.JsonNode part = tree;
            for (String member : target.inputPath().map(p -> p.substring(1)).getOrElse("").split("\\.")) {
                if (!member.isEmpty()) {
                    part = part == null ? null : part.get(member);
                }
            }
            return part == null ? "null" : part.isTextual() ? part.textValue() : part.toString();
        });
        String prefix = "arn:aws:logs:" + region.code() + ":" + account.value() + ":log-group:";
        if (target.arn().startsWith(prefix)) {
            String group = target.arn().substring(prefix.length()).replaceAll(":\\*$", "");
            LogGroupState logGroup = logGroups.get(group);
            if (logGroup != null) {
                logGroup.streams.computeIfAbsent(event.id(), s -> new StreamState(at)).events
                        .add(new io.ecskit.domain.logs.LogEvent(at, payload, new io.ecskit.domain.logs.LogStreamName(event.id())));
            }
        }
    }

    /**
     * Scheduled rules due by {@code until}: each fires at its times in order, running its ECS targets' tasks as RunTask
     * would (the target's role is EventBridge's; a RunTask ECS refuses is a failed invocation, which the API does not show).
     */
    void fireSchedules(Instant until) {
        io.vavr.control.Option<Instant> lastDue = io.vavr.control.Option.none();
        while (true) {
            io.vavr.control.Option<Instant> due = nextTimed().filter(at -> !at.isAfter(until));
            if (due.isEmpty() || due.equals(lastDue)) {
                return;     // (a time that stays due after its step ran is not run again in this catch-up)
            }
            lastDue = due;
            pinnedNow = due.get();
            try {
                fireDue(due.get());
            } finally {
                pinnedNow = null;
            }
            generation++;
        }
    }

    /** What is due at {@code due}: alarm evaluations and load reports (and the alarms' scaling), scheduled scaling, then the scheduled rules' targets. */
    private void fireDue(Instant due) {
        InMemoryMetrics.tick(this, due);
        InMemoryAutoScaling.tick(this, due);
        InMemoryEcr.restoresDone(this, due);
        InMemoryEcr.receive(this, due);
        for (EventsState.RuleEntry rule : List.copyOf(events.rules.values())) {
            if (rule.schedule == null || rule.nextFire == null || rule.nextFire.isAfter(due) || !rule.enabled() || rule.targets.isEmpty()) {
                continue;
            }
            rule.nextFire = rule.schedule.after(due, rule.created).getOrNull();
            // what a scheduled rule sends its other targets: EventBridge's "Scheduled Event"
            io.ecskit.domain.events.Event scheduled = new io.ecskit.domain.events.Event(newUuid(), "Scheduled Event", "aws.events",
                    account.value(), due, region.code(), io.vavr.collection.List.of(rule.rule.arn()), "{}");
            com.fasterxml.jackson.databind.JsonNode tree = null;
            for (io.ecskit.domain.events.EventTarget target : List.copyOf(rule.targets.values())) {
                if (target.ecsParameters().isDefined()) {
                    new InMemoryTasks(this).runScheduled(target.arn(), target.ecsParameters().get(), rule.rule.name());
                } else {
                    try {
                        tree = tree != null ? tree : EventPatterns.JSON.readTree(scheduled.json());
                    } catch (java.io.IOException cannot) {
                        throw new IllegalStateException("an event's JSON is written here", cannot);
                    }
                    deliver(target, scheduled, tree, due);
                }
            }
        }
    }

    /** A UUID-shaped id from the kit's seeded random (the same calls make the same ids). */
    String newSeededUuid() {
        String hex = newId(32);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    String newId(int hexDigits) {
        StringBuilder id = new StringBuilder(hexDigits);
        for (int i = 0; i < hexDigits; i++) {
            id.append(Character.forDigit(random.nextInt(16), 16));
        }
        return id.toString();
    }

    /**
     * A new deployment's service revision and service deployment, as ECS names them:
     * {@code arn:aws:ecs:<region>:<account>:service-revision/<cluster>/<service>/<id>} and
     * {@code .../service-deployment/<cluster>/<service>/<id>}. The deployment starts with it.
     */
    DeploymentState startDeployment(ServiceState s, DeploymentState d, io.vavr.collection.List<DeploymentState> sources) {
        String scope = region.code() + ":" + account.value() + ":";
        String path = s.arn.cluster().value() + "/" + s.arn.name().value() + "/";
        d.revisionArn = "arn:aws:ecs:" + scope + "service-revision/" + path + newDigits(19);
        String deployment = "arn:aws:ecs:" + scope + "service-deployment/" + path + newId(22);
        for (ServiceDeploymentState earlier : s.serviceDeployments) {
            if (!earlier.isFinished()) {
                earlier.stoppedAt = io.vavr.control.Option.of(now());
                earlier.stopReason = "Service deployment stopped: a newer service deployment started (" + deployment + ").";
            }
        }
        s.serviceDeployments.add(0, new ServiceDeploymentState(deployment, s, d, sources, now()));
        // what the service says goes to EventBridge too (a service made here is told from its first deployment)
        s.said = (message, at) -> EcsEvents.serviceSaid(this, s, message, at);
        EcsEvents.deploymentStarted(this, s, d.id.value(), now());
        // a new deployment is a new attempt: the service throttle starts over
        s.resetThrottle();
        return d;
    }

    private String newDigits(int digits) {
        StringBuilder id = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            id.append(random.nextInt(10));
        }
        return id.toString();
    }

    /** Deployment ids look like AWS's: {@code ecs-svc/} and 19 digits. */
    DeploymentId newDeploymentId() {
        StringBuilder id = new StringBuilder("ecs-svc/").append(1 + random.nextInt(9));
        for (int i = 1; i < 19; i++) {
            id.append(random.nextInt(10));
        }
        return new DeploymentId(id.toString());
    }
}
