package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Attachment;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.Arns;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.task.Connectivity;
import io.ecskit.domain.task.Container;
import io.ecskit.domain.task.HealthStatus;
import io.ecskit.domain.task.NetworkInterface;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.taskdef.EphemeralStorage;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A simulated task; mutable, guarded by the state lock. */
final class TaskState {

    final TaskArn arn;
    final RegisteredTaskDefinition definition;
    final Option<String> group;
    final Option<String> startedBy;
    final Option<LaunchType> launchType;
    final Option<NetworkConfiguration> network;
    final Instant createdAt;
    /**
     * The task's private address (awsvpc): taken from its subnet's block while its ENI exists when the subnet is one
     * EC2's API created, otherwise one derived from the task id (a declared or unknown subnet has no block).
     */
    String privateIp;
    /** The ELB targets ECS registered the task as: target group ARN, address, port (deregistered when it stops). */
    final java.util.List<String[]> elbTargets = new java.util.ArrayList<>(0);
    /** Until when a stopping task stays DEACTIVATING while its targets drain (the longest deregistration delay); null: none. */
    Instant drainedAt;
    /** container name → secret variable → the value it was given when the task started (Simulator#environment). */
    java.util.Map<String, java.util.Map<String, String>> secretValues = java.util.Map.of();
    /** The subnet the task's ENI is in: the one with the fewest of its service's tasks, as ECS spreads them (awsvpc). */
    Option<String> subnetId = Option.none();
    /** Its Availability Zone: the subnet's when EC2's API created it. */
    Option<String> zone = Option.none();
    /** Whether the task's ENI holds an address in a modelled subnet (given back when the task stops). */
    private boolean holdsAddress;
    TaskStatus lastStatus = TaskStatus.PROVISIONING;
    TaskStatus desiredStatus = TaskStatus.RUNNING;
    Instant since;
    long version = 1;
    Option<Instant> pullStartedAt = Option.none();
    Option<Instant> pullStoppedAt = Option.none();
    Option<Instant> startedAt = Option.none();
    Option<Instant> stoppingAt = Option.none();
    Option<Instant> stoppedAt = Option.none();
    Option<Instant> executionStoppedAt = Option.none();
    Option<TaskStopCode> stopCode = Option.none();
    Option<String> stoppedReason = Option.none();
    HealthStatus health = HealthStatus.UNKNOWN;
    /** container name → exit code once it stopped for a reason of its own. */
    java.util.Map<String, Option<Integer>> exitCodes = new java.util.HashMap<>();
    java.util.Map<String, String> containerReasons = new java.util.HashMap<>();
    /** Non-essential containers that exited while the task runs on. */
    java.util.Set<String> containerStopped = new java.util.HashSet<>();
    boolean reachedRunning;
    /** The task's tags: RunTask's or the propagated ones, ECS's managed tags, then as TagResource changes them. */
    List<io.ecskit.domain.Tag> tags = List.empty();
    /** Whether the task was started with ECS Exec (RunTask's or the service's enableExecuteCommand). */
    boolean executeCommand;
    /** Until when the task is protected from scale-in (UpdateTaskProtection). */
    Option<Instant> protectedUntil = Option.none();
    /** The container instance StartTask placed the task on. */
    Option<io.ecskit.domain.arn.ContainerInstanceArn> containerInstance = Option.none();
    /** The capacity provider the task was placed with (a strategy's, or the cluster's default strategy's). */
    Option<String> capacityProviderName = Option.none();
    /** The Fargate platform version asked for (RunTask's, the service's); LATEST or none means the newest for the OS. */
    Option<String> platformVersion = Option.none();
    /** RunTask's or StartTask's overrides, as the task was started with them. */
    Option<io.ecskit.domain.task.TaskOverride> overrides = Option.none();
    /** The containers as the task runs them: the definition's, each with its container override applied. */
    List<io.ecskit.domain.taskdef.ContainerDefinition> containers;

    /** Starts the task with {@code overrides} (RunTask's, StartTask's) applied to its containers. */
    void override(Option<io.ecskit.domain.task.TaskOverride> given) {
        overrides = given;
        containers = io.ecskit.domain.task.OverrideRules.applied(definition.definition().containerDefinitions(), given);
    }

    /** A standalone task (RunTask, StartTask), not one of a service's. */
    boolean isOneOff() {
        return !group.exists(g -> g.startsWith("service:"));
    }

    boolean isProtected(Instant now) {
        return protectedUntil.exists(until -> until.isAfter(now));
    }

    TaskState(TaskArn arn, RegisteredTaskDefinition definition, Option<String> group, Option<String> startedBy,
              Option<LaunchType> launchType, Option<NetworkConfiguration> network, Instant now) {
        this(arn, definition, group, startedBy, launchType, Option.none(), network, now);
    }

    /** A task placed with capacity provider {@code provider}: it runs on that provider's launch type. */
    TaskState(TaskArn arn, RegisteredTaskDefinition definition, Option<String> group, Option<String> startedBy,
              Option<LaunchType> launchType, Option<String> provider, Option<NetworkConfiguration> network, Instant now) {
        this.arn = arn;
        this.definition = definition;
        this.group = group;
        this.startedBy = startedBy;
        this.launchType = provider.map(CapacityPlacement::launchTypeOf).orElse(launchType);
        this.capacityProviderName = provider;
        this.network = network;
        this.createdAt = now;
        this.since = now;
        int n = Math.abs(arn.taskId().hashCode());
        this.privateIp = "10.0." + (n % 250 + 1) + "." + (n / 250 % 250 + 2);
        this.containers = definition.definition().containerDefinitions();
    }

    String id() {
        return arn.taskId();
    }

    /**
     * The task's ENI is created: it goes into the subnet of its network configuration with the fewest of its service's
     * tasks (the first on a tie), and takes the lowest free address there when EC2's API created that subnet.
     */
    void attach(NetworkState net) {
        Option<AwsVpcConfiguration> vpc = awsvpc();
        if (vpc.isEmpty() || vpc.get().subnets().isEmpty()) {
            return;
        }
        io.vavr.collection.Seq<String> candidates = vpc.get().subnets();
        // the modelled subnets with a free address come first; a full one is taken only when all are full
        io.vavr.collection.Seq<String> open = candidates.filter(s -> !net.subnets.containsKey(s) || net.available(net.subnets.get(s)) > 0);
        io.vavr.collection.Seq<String> choice = open.isEmpty() ? candidates : open;
        String chosen = service == null || choice.size() == 1 ? choice.head()
                : choice.minBy(s -> service.unstopped.stream().filter(t -> t != this && t.subnetId.contains(s)).count()).get();
        subnetId = Option.of(chosen);
        net.use(vpc.get().securityGroups());
        holdsGroups = true;
        io.ecskit.domain.network.Subnet subnet = net.subnets.get(chosen);
        if (subnet != null) {
            zone = subnet.availabilityZone();
            Option<String> address = net.take(chosen);
            holdsAddress = address.isDefined();
            address.forEach(a -> privateIp = a);
            if (address.isEmpty()) {
                networkFailure = Option.of(io.ecskit.domain.EcsRule.SUBNET_HAS_FREE_ADDRESSES.message(chosen));
            }
        }
    }

    /** Why the task's network interface could not be made (its subnets are full): it fails to start with it. */
    Option<String> networkFailure = Option.none();
    private boolean holdsGroups;

    /** The task stopped: its ENI is deleted and its address given back. */
    void detach(NetworkState net) {
        if (holdsAddress) {
            holdsAddress = false;
            net.give(subnetId.get(), privateIp);
        }
        if (holdsGroups) {
            holdsGroups = false;
            net.release(awsvpc().map(AwsVpcConfiguration::securityGroups).getOrElse(List.empty()));
        }
    }

    /**
     * The tags ECS gives a new task: its own (RunTask's {@code tags}), the task definition's or the service's as
     * {@code propagateTags} says (a key of its own wins), and with {@code enableECSManagedTags} ECS's
     * {@code aws:ecs:clusterName} (and {@code aws:ecs:serviceName} for a service's task).
     */
    static List<io.ecskit.domain.Tag> tagsOf(List<io.ecskit.domain.Tag> own, Option<io.ecskit.domain.PropagateTags> propagate,
                                             RegisteredTaskDefinition definition, List<io.ecskit.domain.Tag> serviceTags,
                                             boolean managed, io.ecskit.domain.arn.ClusterName cluster, Option<String> service) {
        List<io.ecskit.domain.Tag> propagated = propagate.map(p -> switch (p) {
            case TASK_DEFINITION -> definition.definition().tags();
            case SERVICE -> serviceTags;
            case NONE -> List.<io.ecskit.domain.Tag>empty();
        }).getOrElse(List.empty());
        List<io.ecskit.domain.Tag> tags = propagated.filter(t -> !own.exists(o -> o.key().equals(t.key()))).appendAll(own);
        if (managed) {
            tags = tags.append(io.ecskit.domain.Tag.of("aws:ecs:clusterName", cluster.value()));
            for (String name : service) {
                tags = tags.append(io.ecskit.domain.Tag.of("aws:ecs:serviceName", name));
            }
        }
        return tags;
    }

    boolean isStopped() {
        return lastStatus == TaskStatus.STOPPED;
    }

    boolean isRunning() {
        return lastStatus == TaskStatus.RUNNING && desiredStatus == TaskStatus.RUNNING;
    }

    boolean isPending() {
        return lastStatus.ordinal() < TaskStatus.RUNNING.ordinal() && desiredStatus == TaskStatus.RUNNING;
    }

    void moveTo(TaskStatus status, Instant now) {
        lastStatus = status;
        since = now;
        if (status == TaskStatus.STOPPED) {
            stoppedAt = Option.of(now);
        }
        version++;
        watcher.accept(this);
    }

    /** The service whose scheduler started the task; null for a one-off task (RunTask, StartTask). */
    ServiceState service;
    /**
     * Told of every change of status: the runtime's index of what can change without a call
     * ({@code InMemoryState.activeTasks}); set when the task is added to the state.
     */
    java.util.function.Consumer<TaskState> watcher = t -> { };

    /**
     * Asks the task to stop; it goes through STOPPING (or DEPROVISIONING) to STOPPED. A running task registered as a load
     * balancer's target that ECS's scheduler or a user stops while its containers run is DEACTIVATING first, while ECS
     * deregisters it and its connections drain for the target groups' deregistration delay (ECS developer guide, "Task
     * lifecycle": DEACTIVATING); its stoppingAt is when that ends. A task whose essential container exited, that failed
     * to start or whose Spot capacity is taken back has nothing to drain: it is STOPPING at once.
     */
    void requestStop(TaskStopCode code, String reason, Instant now) {
        if (desiredStatus == TaskStatus.STOPPED) {
            return;
        }
        desiredStatus = TaskStatus.STOPPED;
        stopCode = Option.of(code);
        stoppedReason = Option.of(reason);
        boolean drains = lastStatus == TaskStatus.RUNNING && !elbTargets.isEmpty()
                && (code == TaskStopCode.SERVICE_SCHEDULER_INITIATED || code == TaskStopCode.USER_INITIATED);
        if (!drains) {
            stoppingAt = Option.of(now);
            executionStoppedAt = Option.of(now);
        }
        moveTo(lastStatus != TaskStatus.RUNNING ? TaskStatus.DEPROVISIONING : drains ? TaskStatus.DEACTIVATING : TaskStatus.STOPPING, now);
    }

    /** A DEACTIVATING task's targets drained: its containers are stopped now. */
    void drained(Instant now) {
        stoppingAt = Option.of(now);
        executionStoppedAt = Option.of(now);
        moveTo(TaskStatus.STOPPING, now);
    }

    Option<AwsVpcConfiguration> awsvpc() {
        return network.flatMap(NetworkConfiguration::awsvpcConfiguration);
    }

    /** The id of the task's elastic network interface attachment (awsvpc tasks), stable for the task. */
    String attachmentId() {
        return UUID.nameUUIDFromBytes(("eni-" + id()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** What DescribeTasks answers for the task, as ECS fills it for Fargate and EC2 tasks. */
    Task toTask() {
        ClusterArn cluster = new ClusterArn(arn.region(), arn.account(), arn.cluster());
        TaskDefinition td = definition.definition();
        Option<String> subnet = subnetId.orElse(() -> awsvpc().flatMap(v -> v.subnets().headOption()));
        String attachmentId = attachmentId();
        List<Attachment> attachments = subnet.map(s -> new Attachment(Option.of(attachmentId),
                Option.of("ElasticNetworkInterface"), Option.of(isStopped() ? "DELETED" : reachedRunning ? "ATTACHED" : "PRECREATED"),
                List.of(KeyValuePair.of("subnetId", s),
                        KeyValuePair.of("networkInterfaceId", "eni-" + id().substring(0, 17)),
                        KeyValuePair.of("privateIPv4Address", privateIp)))).toList();
        List<Container> described = containers.map(c -> {
            String name = c.name().getOrElse("");
            return Container.builder()
                    .containerArn(Arns.format("ecs", arn.region(), arn.account(), "container/" + arn.cluster().value() + "/"
                            + id() + "/" + UUID.nameUUIDFromBytes((id() + name).getBytes(StandardCharsets.UTF_8))))
                    .taskArn(arn.wire())
                    .name(name)
                    .image(c.image())
                    .lastStatus(containerStopped.contains(name) ? TaskStatus.STOPPED.name() : containerStatus().name())
                    .exitCode(exitCodes.getOrDefault(name, Option.none()))
                    .reason(Option.of(containerReasons.get(name)))
                    .networkInterfaces(subnet.map(s -> new NetworkInterface(Option.of(attachmentId), Option.of(privateIp),
                            Option.none())).toList())
                    .networkBindings(reachedRunning && !isStopped() ? bindings(c) : List.empty())
                    .healthStatus(c.healthCheck().isDefined() ? health : HealthStatus.UNKNOWN)
                    .cpu(String.valueOf(c.cpu().getOrElse(0)))
                    .memory(c.memory().map(String::valueOf))
                    .memoryReservation(c.memoryReservation().map(String::valueOf))
                    .managedAgents(executeCommand && reachedRunning ? List.of(new io.ecskit.domain.task.ManagedAgent(startedAt,
                            Option.of(io.ecskit.domain.task.ManagedAgentName.EXECUTE_COMMAND_AGENT), Option.none(),
                            Option.of(isStopped() ? "STOPPED" : "RUNNING"))) : List.empty())
                    .build();
        });
        return Task.builder()
                .taskArn(arn)
                .clusterArn(cluster)
                .taskDefinitionArn(definition.taskDefinitionArn())
                .attachments(attachments)
                .availabilityZone(zone.getOrElse(() -> arn.region().code() + "a"))
                .connectivity(reachedRunning && !isStopped() ? Connectivity.CONNECTED : Connectivity.DISCONNECTED)
                .connectivityAt(startedAt)
                .containers(described)
                .cpu(overrides.flatMap(io.ecskit.domain.task.TaskOverride::cpu)
                        .orElse(() -> td.cpuUnits().map(String::valueOf).orElse(td.cpu())))
                .memory(overrides.flatMap(io.ecskit.domain.task.TaskOverride::memory)
                        .orElse(() -> td.memoryMiB().map(String::valueOf).orElse(td.memory())))
                .overrides(echoedOverrides())
                .createdAt(createdAt)
                .desiredStatus(desiredStatus)
                .lastStatus(lastStatus)
                .enableExecuteCommand(executeCommand)
                .group(group)
                .startedBy(startedBy)
                .healthStatus(health)
                .launchType(launchType)
                .platformVersion(launchType.filter(l -> l == LaunchType.FARGATE).map(l -> platformVersion.filter(v -> !v.equals("LATEST"))
                        .getOrElse(windows() ? "1.0.0" : "1.4.0")))
                .platformFamily(launchType.filter(l -> l == LaunchType.FARGATE).map(l -> windows() ? definition.definition().runtimePlatform()
                        .flatMap(io.ecskit.domain.taskdef.RuntimePlatform::operatingSystemFamily).map(os -> os.wire()).get() : "Linux"))
                .pullStartedAt(pullStartedAt)
                .pullStoppedAt(pullStoppedAt)
                .startedAt(startedAt)
                .stoppingAt(stoppingAt)
                .stoppedAt(stoppedAt)
                .executionStoppedAt(executionStoppedAt)
                .stopCode(stopCode)
                .stoppedReason(stoppedReason)
                .ephemeralStorage(launchType.filter(l -> l == LaunchType.FARGATE)
                        .map(l -> overrides.flatMap(io.ecskit.domain.task.TaskOverride::ephemeralStorage)
                                .orElse(td.ephemeralStorage()).getOrElse(new EphemeralStorage(20))))
                .tags(tags)
                .version(version)
                .containerInstanceArn(containerInstance)
                .capacityProviderName(capacityProviderName)
                .trustedExecutionSummary(td.trustedExecutionConfiguration().map(t -> new io.ecskit.domain.task.TrustedExecutionSummary(
                        t.isolationMode(), t.attestationPolicy().map(p -> io.ecskit.domain.task.AttestationPolicyStatus.CONFIGURED))))
                .build();
    }

    /**
     * {@code overrides} as DescribeTasks answers it: one container override per container of the definition (those
     * without one given just name it), the task-level members given, and an empty inferenceAcceleratorOverrides.
     */
    private io.ecskit.domain.task.TaskOverride echoedOverrides() {
        io.ecskit.domain.task.TaskOverride given = overrides.getOrElse(() -> io.ecskit.domain.task.TaskOverride.builder().build());
        return given.toBuilder().containerOverrides(definition.definition().containerDefinitions().map(c ->
                given.containerOverrides().find(o -> o.name().equals(c.name()))
                        .getOrElse(() -> io.ecskit.domain.task.ContainerOverride.builder().name(c.name()).build()))).build();
    }

    /**
     * The host ports a bridge- or host-mode container is bound on once it runs, as DescribeTasks shows them: the host port
     * given (host mode: the container port), else — bridge mode's dynamic mapping — one from the ephemeral range
     * 32768..60999, stable for the task (ecskit does not reserve dynamic ports on the instance).
     */
    private List<io.ecskit.domain.task.NetworkBinding> bindings(io.ecskit.domain.taskdef.ContainerDefinition c) {
        io.ecskit.domain.taskdef.NetworkMode mode = definition.definition().networkMode().getOrElse(
                launchType.contains(LaunchType.FARGATE) ? io.ecskit.domain.taskdef.NetworkMode.AWSVPC : io.ecskit.domain.taskdef.NetworkMode.BRIDGE);
        if (mode != io.ecskit.domain.taskdef.NetworkMode.BRIDGE && mode != io.ecskit.domain.taskdef.NetworkMode.HOST) {
            return List.empty();
        }
        return c.portMappings().filter(m -> m.containerPort().isDefined()).zipWithIndex().map(mi -> {
            io.ecskit.domain.taskdef.PortMapping m = mi._1;
            int host = m.hostPort().filter(p -> p > 0).getOrElse(() -> mode == io.ecskit.domain.taskdef.NetworkMode.HOST
                    ? m.containerPort().get()
                    : 32768 + Math.floorMod((id() + c.name().getOrElse("") + mi._2).hashCode(), 28232));
            return io.ecskit.domain.task.NetworkBinding.builder().bindIP("0.0.0.0").containerPort(m.containerPort().get()).hostPort(host)
                    .protocol(m.effectiveProtocol()).build();
        });
    }

    /** The host port the named container's {@code containerPort} is bound to (bridge and host mode), once the task runs. */
    Option<Integer> hostPort(Option<String> containerName, int containerPort) {
        return containers.filter(c -> containerName.forAll(n -> c.name().contains(n))).flatMap(this::bindings)
                .find(b -> b.containerPort().contains(containerPort)).flatMap(b -> b.hostPort());
    }

    private boolean windows() {
        return definition.definition().runtimePlatform().exists(io.ecskit.domain.taskdef.RuntimePlatform::isWindows);
    }

    private TaskStatus containerStatus() {
        return switch (lastStatus) {
            case PROVISIONING, PENDING, ACTIVATING -> TaskStatus.PENDING;
            case RUNNING -> TaskStatus.RUNNING;
            case STOPPED -> TaskStatus.STOPPED;
            default -> reachedRunning ? TaskStatus.RUNNING : TaskStatus.PENDING;
        };
    }
}
