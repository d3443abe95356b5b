package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.express.ExpressCpuArchitecture;
import io.ecskit.domain.express.ExpressGatewayContainer;
import io.ecskit.domain.express.ExpressGatewayService;
import io.ecskit.domain.express.ExpressGatewayServiceConfiguration;
import io.ecskit.domain.express.ExpressGatewayServiceNetworkConfiguration;
import io.ecskit.domain.express.ExpressGatewayServiceSpec;
import io.ecskit.domain.express.ExpressGatewayServiceStatus;
import io.ecskit.domain.express.ExpressGatewayServiceStatusCode;
import io.ecskit.domain.express.ExpressGatewayServiceUpdate;
import io.ecskit.domain.express.IngressPathSummary;
import io.ecskit.domain.express.UpdatedExpressGatewayService;
import io.ecskit.domain.service.AccessType;
import io.ecskit.domain.service.ResourceManagementType;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.CpuArchitecture;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.RuntimePlatform;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.port.out.ExpressGatewayServicePort;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/**
 * Express Gateway services on the simulated runtime: the task definition and the service are registered and created
 * as RegisterTaskDefinition and CreateService would (ECS does so on the caller's behalf), so the service deploys, runs
 * and rolls like any other; each configuration is the revision of one deployment.
 */
final class InMemoryExpressGatewayServices implements ExpressGatewayServicePort {

    /** What ECS fills in (ECS API reference, CreateExpressGatewayService). */
    static final String DEFAULT_CPU = "256";
    static final String DEFAULT_MEMORY = "512";
    static final String DEFAULT_HEALTH_CHECK_PATH = "/ping";
    static final int DEFAULT_CONTAINER_PORT = 80;
    static final String MAIN = "Main";
    /** ECS's scaling default: average CPU at 60 % (ECS API reference, ExpressGatewayScalingTarget). */
    static final int DEFAULT_SCALING_TARGET = 60;

    private final InMemoryState state;
    private final InMemoryClusters clusters;
    private final InMemoryTaskDefinitions taskDefinitions;
    private final InMemoryServices services;

    @Inject
    InMemoryExpressGatewayServices(InMemoryState state, InMemoryClusters clusters, InMemoryTaskDefinitions taskDefinitions,
                                   InMemoryServices services) {
        this.state = state;
        this.clusters = clusters;
        this.taskDefinitions = taskDefinitions;
        this.services = services;
    }

    @Override
    public Either<EcsError, ExpressGatewayService> create(ExpressGatewayServiceSpec spec) {
        return state.call("CreateExpressGatewayService", () -> {
            Option<EcsError> refused = exclusive(spec.taskDefinitionArn(), spec.primaryContainer(), spec.executionRoleArn(),
                    spec.taskRoleArn(), spec.cpu(), spec.memory(), spec.cpuArchitecture());
            if (refused.isDefined()) {
                return Either.left(refused.get());
            }
            if (spec.taskDefinitionArn().isEmpty() && spec.primaryContainer().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.EXPRESS_CONTAINER_OR_DEFINITION));
            }
            ClusterName cluster = spec.cluster().getOrElse(ClusterName.DEFAULT);
            if (!cluster.equals(ClusterName.DEFAULT) && InMemoryClusters.active(state, cluster).isLeft()) {
                return Either.left(EcsError.ClusterNotFound.of());
            }
            Either<io.ecskit.domain.Violation, ServiceName> name = ServiceName.parse(spec.serviceName().getOrElse(() -> "express-" + state.newId(8)));
            if (name.isLeft()) {
                return Either.left(Errors.of(name.getLeft()));
            }
            ExpressGatewayServiceConfiguration wanted = ExpressGatewayServiceConfiguration.builder()
                    .executionRoleArn(spec.executionRoleArn())
                    .taskRoleArn(spec.taskRoleArn())
                    .taskDefinitionArn(spec.taskDefinitionArn())
                    .cpu(spec.taskDefinitionArn().isEmpty() ? spec.cpu().orElse(Option.of(DEFAULT_CPU)) : Option.none())
                    .memory(spec.taskDefinitionArn().isEmpty() ? spec.memory().orElse(Option.of(DEFAULT_MEMORY)) : Option.none())
                    .cpuArchitecture(spec.taskDefinitionArn().isEmpty()
                            ? spec.cpuArchitecture().orElse(Option.of(ExpressCpuArchitecture.X86_64)) : Option.none())
                    .networkConfiguration(spec.networkConfiguration())
                    .healthCheckPath(spec.healthCheckPath().orElse(Option.of(DEFAULT_HEALTH_CHECK_PATH)))
                    .primaryContainer(spec.primaryContainer().map(InMemoryExpressGatewayServices::withDefaults))
                    .scalingTarget(spec.scalingTarget())
                    .build();
            // everything ECS would refuse is checked before anything is created: nothing is half-created
            Either<EcsError, TaskDefinition> definition = definition(name.get(), cluster, wanted);
            if (definition.isLeft()) {
                return Either.left(definition.getLeft());
            }
            if (state.servicesByName.containsKey(InMemoryState.key(cluster, name.get()))
                    && state.servicesByName.get(InMemoryState.key(cluster, name.get())).isLive()) {
                return Either.left(EcsError.of(EcsRule.SERVICE_CREATION_IDEMPOTENT));
            }
            if (InMemoryClusters.active(state, cluster).isLeft()) {
                EcsError.getOrThrow(clusters.create(ClusterSpec.named(cluster)));
            }
            TaskDefinitionArn td = registered(definition.get(), wanted);
            int desired = spec.scalingTarget().flatMap(t -> t.minTaskCount()).getOrElse(1);
            return services.create(ServiceSpec.builder().cluster(cluster).serviceName(name.get().value())
                            .taskDefinition(td.ref()).desiredCount(desired).launchType(LaunchType.FARGATE)
                            .networkConfiguration(network(wanted.networkConfiguration())).tags(spec.tags()).build())
                    .map(created -> {
                        ServiceState s = state.servicesByName.get(InMemoryState.key(cluster, name.get()));
                        s.settings = s.settings.toBuilder().resourceManagementType(ResourceManagementType.ECS).build();
                        InMemoryState.ExpressState express = new InMemoryState.ExpressState(spec.infrastructureRoleArn(), state.now(),
                                spec.tags(), name.get().value() + "." + state.newId(10) + ".ecs." + state.region.code() + ".on.aws");
                        express.configurations.add(configuration(s, wanted, td, express));
                        state.express.put(s.arn.toString(), express);
                        return view(s, express, true);
                    });
        });
    }

    @Override
    public Either<EcsError, UpdatedExpressGatewayService> update(ExpressGatewayServiceUpdate update) {
        return state.call("UpdateExpressGatewayService", () -> expressService(update.serviceArn()).flatMap(found -> {
            ServiceState s = found._1;
            InMemoryState.ExpressState express = found._2;
            if (s.status != ServiceStatus.ACTIVE) {
                return Either.left(EcsError.ServiceNotActive.of());
            }
            Option<EcsError> refused = exclusive(update.taskDefinitionArn(), update.primaryContainer(), update.executionRoleArn(),
                    update.taskRoleArn(), update.cpu(), update.memory(), update.cpuArchitecture());
            if (refused.isDefined()) {
                return Either.left(refused.get());
            }
            ExpressGatewayServiceConfiguration current = express.configurations.get(express.configurations.size() - 1);
            boolean ownDefinition = update.taskDefinitionArn().isDefined();
            boolean ownContainer = update.primaryContainer().isDefined();
            ExpressGatewayServiceConfiguration wanted = current.toBuilder()
                    .taskDefinitionArn(ownContainer ? Option.none() : update.taskDefinitionArn().orElse(current.taskDefinitionArn()))
                    .primaryContainer(ownDefinition ? Option.none()
                            : update.primaryContainer().map(InMemoryExpressGatewayServices::withDefaults).orElse(current.primaryContainer()))
                    .executionRoleArn(ownDefinition ? Option.none() : update.executionRoleArn().orElse(current.executionRoleArn()))
                    .taskRoleArn(ownDefinition ? Option.none() : update.taskRoleArn().orElse(current.taskRoleArn()))
                    .cpu(ownDefinition ? Option.none() : update.cpu().orElse(current.cpu()).orElse(Option.of(DEFAULT_CPU)))
                    .memory(ownDefinition ? Option.none() : update.memory().orElse(current.memory()).orElse(Option.of(DEFAULT_MEMORY)))
                    .cpuArchitecture(ownDefinition ? Option.none()
                            : update.cpuArchitecture().orElse(current.cpuArchitecture()).orElse(Option.of(ExpressCpuArchitecture.X86_64)))
                    .networkConfiguration(update.networkConfiguration().orElse(current.networkConfiguration()))
                    .healthCheckPath(update.healthCheckPath().orElse(current.healthCheckPath()))
                    .scalingTarget(update.scalingTarget().orElse(current.scalingTarget()))
                    .build();
            Either<EcsError, TaskDefinition> definition = definition(s.arn.name(), s.arn.cluster(), wanted);
            if (definition.isLeft()) {
                return Either.left(definition.getLeft());
            }
            TaskDefinitionArn td = registered(definition.get(), wanted);
            ServiceUpdate change = ServiceUpdate.builder().cluster(s.arn.cluster()).service(s.arn.name()).taskDefinition(td.ref())
                    .networkConfiguration(network(wanted.networkConfiguration())).forceNewDeployment(true)
                    .desiredCount(update.scalingTarget().flatMap(t -> t.minTaskCount()))
                    .build();
            return services.update(change).map(updated -> {
                express.updatedAt = state.now();
                ExpressGatewayServiceConfiguration target = configuration(s, wanted, td, express);
                express.configurations.add(target);
                return UpdatedExpressGatewayService.builder().serviceArn(s.arn.toString()).cluster(s.arn.cluster().value())
                        .serviceName(s.name()).status(status(s)).targetConfiguration(target)
                        .createdAt(express.createdAt).updatedAt(express.updatedAt).build();
            });
        }));
    }

    @Override
    public Either<EcsError, ExpressGatewayService> delete(String serviceArn) {
        return state.call("DeleteExpressGatewayService", () -> expressService(serviceArn).flatMap(found -> {
            ServiceState s = found._1;
            if (s.status != ServiceStatus.ACTIVE) {
                return Either.left(EcsError.ServiceNotActive.of());
            }
            return services.delete(s.arn.cluster(), s.arn.name(), true).map(deleted -> {
                found._2.updatedAt = state.now();
                return view(s, found._2, true);
            });
        }));
    }

    @Override
    public Either<EcsError, ExpressGatewayService> describe(String serviceArn, boolean includeTags) {
        return state.call("DescribeExpressGatewayService", () -> expressService(serviceArn)
                .mapLeft(e -> e instanceof EcsError.ServiceNotFound ? EcsError.of(EcsRule.EXPRESS_SERVICE_FOUND, serviceArn) : e)
                .map(found -> view(found._1, found._2, includeTags)));
    }

    /** The Express service an ARN names: ServiceNotFound when no service has it, expressServiceOnly when ECS does not manage it. */
    private Either<EcsError, io.vavr.Tuple2<ServiceState, InMemoryState.ExpressState>> expressService(String serviceArn) {
        Either<io.ecskit.domain.Violation, ServiceArn> arn = ServiceArn.parse(serviceArn);
        if (arn.isLeft()) {
            return Either.left(EcsError.ServiceNotFound.of());
        }
        ServiceState s = state.servicesByName.get(InMemoryState.key(arn.get().cluster(), arn.get().name()));
        if (s == null || !arn.get().region().equals(state.region) || !arn.get().account().equals(state.account)) {
            return Either.left(EcsError.ServiceNotFound.of());
        }
        InMemoryState.ExpressState express = state.express.get(s.arn.toString());
        return express == null ? Either.left(EcsError.of(EcsRule.EXPRESS_SERVICE_ONLY, serviceArn)) : Either.right(io.vavr.Tuple.of(s, express));
    }

    /** Rule expressDefinitionExclusive: a task definition given brings its container, roles, size and architecture. */
    private static Option<EcsError> exclusive(Option<String> taskDefinitionArn, Option<ExpressGatewayContainer> container,
                                              Option<String> executionRole, Option<String> taskRole, Option<String> cpu,
                                              Option<String> memory, Option<ExpressCpuArchitecture> architecture) {
        if (taskDefinitionArn.isEmpty()) {
            return Option.none();
        }
        return List.of(Option.when(container.isDefined(), "primaryContainer"), Option.when(executionRole.isDefined(), "executionRoleArn"),
                        Option.when(taskRole.isDefined(), "taskRoleArn"), Option.when(cpu.isDefined(), "cpu"),
                        Option.when(memory.isDefined(), "memory"), Option.when(architecture.isDefined(), "cpuArchitecture"))
                .flatMap(o -> o).headOption().map(member -> EcsError.of(EcsRule.EXPRESS_DEFINITION_EXCLUSIVE, member));
    }

    private static ExpressGatewayContainer withDefaults(ExpressGatewayContainer container) {
        return container.toBuilder().containerPort(container.containerPort().orElse(Option.of(DEFAULT_CONTAINER_PORT))).build();
    }

    /**
     * The task definition a configuration runs: the one it names (which must suit Express: rule
     * expressDefinitionMainContainer), or the one ECS writes for its primary container, validated as RegisterTaskDefinition
     * would validate it for Fargate.
     */
    private Either<EcsError, TaskDefinition> definition(ServiceName name, ClusterName cluster, ExpressGatewayServiceConfiguration c) {
        if (c.taskDefinitionArn().isDefined()) {
            return TaskDefinitionArn.parse(c.taskDefinitionArn().get()).<EcsError>mapLeft(Errors::of)
                    .flatMap(arn -> InMemoryTaskDefinitions.usable(state, TaskDefinitionRef.of(arn.family(), arn.revision()), Option.of(LaunchType.FARGATE)))
                    .flatMap(td -> suitsExpress(td) ? Either.right(td.definition())
                            : Either.left(EcsError.of(EcsRule.EXPRESS_DEFINITION_MAIN_CONTAINER)));
        }
        ExpressGatewayContainer container = c.primaryContainer().get();
        String logGroup = container.awsLogsConfiguration().map(l -> l.logGroup()).getOrElse("/aws/ecs/" + cluster.value() + "/" + name.value());
        ContainerDefinition main = ContainerDefinition.builder()
                .name(MAIN)
                .image(container.image())
                .essential(true)
                .portMappings(List.of(PortMapping.builder().containerPort(container.containerPort().getOrElse(DEFAULT_CONTAINER_PORT))
                        .protocol(TransportProtocol.TCP).name(container.containerPort().getOrElse(DEFAULT_CONTAINER_PORT) + "-tcp").build()))
                .command(container.command())
                .environment(container.environment())
                .secrets(container.secrets())
                .repositoryCredentials(container.repositoryCredentials().flatMap(r -> r.credentialsParameter())
                        .map(io.ecskit.domain.taskdef.RepositoryCredentials::new))
                .logConfiguration(LogConfiguration.awslogs(logGroup, state.region.code(),
                        container.awsLogsConfiguration().map(l -> l.logStreamPrefix()).getOrElse("ecs")).toBuilder()
                        .putOptions("awslogs-create-group", "true").build())
                .build();
        TaskDefinition td = TaskDefinition.builder()
                .family(name.value())
                .networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilities(List.of(Compatibility.FARGATE))
                .cpu(c.cpu())
                .memory(c.memory())
                .executionRoleArn(c.executionRoleArn())
                .taskRoleArn(c.taskRoleArn())
                .runtimePlatform(RuntimePlatform.builder().cpuArchitecture(c.cpuArchitecture()
                        .map(a -> a == ExpressCpuArchitecture.ARM64 ? CpuArchitecture.ARM64 : CpuArchitecture.X86_64)).build())
                .containerDefinitions(List.of(main))
                .build();
        return Errors.check(TaskDefinitionRules.validate(td)).map(ok -> td);
    }

    /** Express's own definition: FARGATE, a container named Main with exactly one named TCP port mapping. */
    private static boolean suitsExpress(RegisteredTaskDefinition td) {
        return td.compatibilities().contains(Compatibility.FARGATE) && td.definition().container(MAIN).exists(main ->
                main.portMappings().size() == 1 && main.portMappings().head().containerPort().isDefined()
                        && main.portMappings().head().name().isDefined()
                        && !main.portMappings().head().protocol().contains(TransportProtocol.UDP));
    }

    /** The definition's ARN: the one given, or the revision registered now for the primary container. */
    private TaskDefinitionArn registered(TaskDefinition definition, ExpressGatewayServiceConfiguration c) {
        if (c.taskDefinitionArn().isDefined()) {
            return TaskDefinitionArn.parse(c.taskDefinitionArn().get()).get();
        }
        return EcsError.getOrThrow(taskDefinitions.register(definition)).taskDefinitionArn();
    }

    /** The service's network: the subnets and groups given, else the region's default VPC's (a public IP, as ECS assigns there). */
    private Option<NetworkConfiguration> network(Option<ExpressGatewayServiceNetworkConfiguration> given) {
        List<String> subnets = given.map(n -> n.subnets()).filter(l -> !l.isEmpty())
                .getOrElse(() -> state.subnets.isEmpty() ? List.of(String.format("subnet-%08x", state.region.code().hashCode()))
                        : List.ofAll(state.subnets).take(2));
        List<String> groups = given.map(n -> n.securityGroups()).filter(l -> !l.isEmpty())
                .getOrElse(() -> state.securityGroups.isEmpty() ? List.empty() : List.ofAll(state.securityGroups).take(1));
        return Option.of(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(subnets, groups,
                given.isEmpty() ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED)));
    }

    private ExpressGatewayServiceConfiguration configuration(ServiceState s, ExpressGatewayServiceConfiguration wanted, TaskDefinitionArn td,
                                                             InMemoryState.ExpressState express) {
        String revision = s.deployments.isEmpty() ? "" : s.deployments.get(0).revisionArn;
        // what ECS answers is what it runs: the network the service got, the scaling and logging defaults filled in
        Option<ExpressGatewayServiceNetworkConfiguration> network = s.network().flatMap(n -> n.awsvpcConfiguration())
                .map(v -> ExpressGatewayServiceNetworkConfiguration.builder().subnets(v.subnets()).securityGroups(v.securityGroups()).build());
        io.ecskit.domain.express.ExpressGatewayScalingTarget scaling = wanted.scalingTarget()
                .getOrElse(io.ecskit.domain.express.ExpressGatewayScalingTarget.builder().build());
        String logGroup = "/aws/ecs/" + s.arn.cluster().value() + "/" + s.name();
        return wanted.toBuilder()
                .networkConfiguration(network.orElse(wanted.networkConfiguration()))
                .scalingTarget(scaling.toBuilder()
                        .minTaskCount(scaling.minTaskCount().orElse(Option.of(1)))
                        .autoScalingMetric(scaling.autoScalingMetric().orElse(Option.of(
                                io.ecskit.domain.express.ExpressGatewayServiceScalingMetric.AVERAGE_CPU)))
                        .autoScalingTargetValue(scaling.autoScalingTargetValue().orElse(Option.of(DEFAULT_SCALING_TARGET)))
                        .build())
                .primaryContainer(wanted.primaryContainer().map(c -> c.toBuilder().awsLogsConfiguration(c.awsLogsConfiguration()
                        .orElse(Option.of(new io.ecskit.domain.express.ExpressGatewayServiceAwsLogsConfiguration(logGroup, "ecs")))).build()))
                .serviceRevisionArn(revision)
                .taskDefinitionArn(td.toString())
                .ingressPaths(List.of(new IngressPathSummary(AccessType.PUBLIC, express.endpoint)))
                .createdAt(state.now())
                .build();
    }

    private static ExpressGatewayServiceStatus status(ServiceState s) {
        ExpressGatewayServiceStatusCode code = switch (s.status) {
            case ACTIVE -> ExpressGatewayServiceStatusCode.ACTIVE;
            case DRAINING -> ExpressGatewayServiceStatusCode.DRAINING;
            case INACTIVE -> ExpressGatewayServiceStatusCode.INACTIVE;
        };
        return ExpressGatewayServiceStatus.builder().statusCode(code).build();
    }

    /** The configurations whose revision still runs (two while a deployment replaces one), else the newest. */
    private ExpressGatewayService view(ServiceState s, InMemoryState.ExpressState express, boolean includeTags) {
        java.util.Set<String> running = new java.util.HashSet<>();
        s.deployments.forEach(d -> running.add(d.revisionArn));
        List<ExpressGatewayServiceConfiguration> all = List.ofAll(express.configurations);
        List<ExpressGatewayServiceConfiguration> active = all.filter(c -> c.serviceRevisionArn().exists(running::contains));
        return ExpressGatewayService.builder()
                .cluster(s.arn.cluster().value())
                .serviceName(s.name())
                .serviceArn(s.arn.toString())
                .infrastructureRoleArn(express.infrastructureRoleArn)
                .status(status(s))
                .currentDeployment(s.serviceDeployments.isEmpty() ? Option.none() : Option.of(s.serviceDeployments.get(0).arn))
                .activeConfigurations(active.isEmpty() ? all.takeRight(1) : active.reverse())
                .tags(includeTags ? express.tags : List.empty())
                .createdAt(express.createdAt)
                .updatedAt(express.updatedAt)
                .build();
    }
}
