package io.ecskit.adapter.aws;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.taskdef.ApplicationProtocol;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.ContainerDependency;
import io.ecskit.domain.taskdef.CpuArchitecture;
import io.ecskit.domain.taskdef.ContainerCondition;
import io.ecskit.domain.taskdef.Device;
import io.ecskit.domain.taskdef.DockerVolumeConfiguration;
import io.ecskit.domain.taskdef.EfsVolumeConfiguration;
import io.ecskit.domain.taskdef.EphemeralStorage;
import io.ecskit.domain.taskdef.FirelensConfiguration;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.HostEntry;
import io.ecskit.domain.taskdef.HostVolumeProperties;
import io.ecskit.domain.taskdef.IpcMode;
import io.ecskit.domain.taskdef.KernelCapabilities;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.LinuxParameters;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PidMode;
import io.ecskit.domain.taskdef.TaskDefinitionPlacementConstraint;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.ResourceRequirement;
import io.ecskit.domain.taskdef.RuntimePlatform;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.SystemControl;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.domain.taskdef.Tmpfs;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.domain.taskdef.Ulimit;
import io.ecskit.domain.taskdef.Volume;
import io.ecskit.domain.taskdef.VolumeFrom;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

import java.util.function.Function;

/** Task definitions between the domain and the ECS SDK model, every field both ways. */
final class TaskDefinitionMapping {

    private TaskDefinitionMapping() {
    }

    // ---- to AWS -----------------------------------------------------------------------------

    static RegisterTaskDefinitionRequest register(TaskDefinition td) {
        return RegisterTaskDefinitionRequest.builder()
                .family(td.family())
                .taskRoleArn(td.taskRoleArn().getOrNull())
                .executionRoleArn(td.executionRoleArn().getOrNull())
                .networkMode(td.networkMode().map(NetworkMode::wire).getOrNull())
                .containerDefinitions(td.containerDefinitions().map(TaskDefinitionMapping::toAws).asJava())
                .volumes(td.volumes().map(TaskDefinitionMapping::toAws).asJava())
                .placementConstraints(List.of(td.placementConstraints().map(p -> software.amazon.awssdk.services.ecs.model
                        .TaskDefinitionPlacementConstraint.builder().type(p.type()).expression(p.expression().getOrNull()).build()).asJava()))
                .requiresCompatibilitiesWithStrings(td.requiresCompatibilities().map(LaunchType::wire).asJava())
                .cpu(td.cpu().getOrNull())
                .memory(td.memory().getOrNull())
                .tags(List.of(td.tags().isEmpty() ? null : tags(td.tags())))
                .pidMode(td.pidMode().map(PidMode::wire).getOrNull())
                .ipcMode(td.ipcMode().map(IpcMode::wire).getOrNull())
                .ephemeralStorage(td.ephemeralStorage().map(e -> software.amazon.awssdk.services.ecs.model.EphemeralStorage.builder()
                        .sizeInGiB(e.sizeInGiB()).build()).getOrNull())
                .runtimePlatform(td.runtimePlatform().map(p -> software.amazon.awssdk.services.ecs.model.RuntimePlatform.builder()
                        .operatingSystemFamily(p.operatingSystemFamily().getOrNull())
                        .cpuArchitecture(p.cpuArchitecture().map(CpuArchitecture::wire).getOrNull()).build()).getOrNull())
                .build();
    }

    static java.util.List<software.amazon.awssdk.services.ecs.model.Tag> tags(io.vavr.collection.Seq<Tag> tags) {
        return tags.map(t -> software.amazon.awssdk.services.ecs.model.Tag.builder().key(t.key()).value(t.value()).build()).asJava();
    }

    private static <T> java.util.List<T> listOrNull(io.vavr.collection.Seq<T> values) {
        return values.isEmpty() ? null : values.asJava();
    }

    private static software.amazon.awssdk.services.ecs.model.ContainerDefinition toAws(ContainerDefinition c) {
        return software.amazon.awssdk.services.ecs.model.ContainerDefinition.builder()
                .name(c.name())
                .image(c.image())
                .repositoryCredentials(c.repositoryCredentials().map(r -> software.amazon.awssdk.services.ecs.model
                        .RepositoryCredentials.builder().credentialsParameter(r).build()).getOrNull())
                .cpu(c.cpu().getOrNull())
                .memory(c.memory().getOrNull())
                .memoryReservation(c.memoryReservation().getOrNull())
                .links(List.of(listOrNull(c.links())))
                .portMappings(List.of(c.portMappings().map(p -> software.amazon.awssdk.services.ecs.model.PortMapping.builder()
                        .containerPort(p.containerPort().getOrNull())
                        .hostPort(p.hostPort().getOrNull())
                        .protocol(p.protocol().map(TransportProtocol::wire).getOrNull())
                        .name(p.name().getOrNull())
                        .appProtocol(p.appProtocol().map(ApplicationProtocol::wire).getOrNull())
                        .containerPortRange(p.containerPortRange().getOrNull())
                        .build()).asJava()))
                .essential(c.essential().getOrNull())
                .entryPoint(List.of(listOrNull(c.entryPoint())))
                .command(List.of(listOrNull(c.command())))
                .environment(List.of(c.environment().map(e -> software.amazon.awssdk.services.ecs.model.KeyValuePair.builder()
                        .name(e.name()).value(e.value()).build()).asJava()))
                .secrets(List.of(listOrNull(c.secrets().map(TaskDefinitionMapping::toAws))))
                .mountPoints(List.of(c.mountPoints().map(m -> software.amazon.awssdk.services.ecs.model.MountPoint.builder()
                        .sourceVolume(m.sourceVolume()).containerPath(m.containerPath()).readOnly(m.readOnly().getOrNull()).build()).asJava()))
                .volumesFrom(List.of(c.volumesFrom().map(v -> software.amazon.awssdk.services.ecs.model.VolumeFrom.builder()
                        .sourceContainer(v.sourceContainer()).readOnly(v.readOnly().getOrNull()).build()).asJava()))
                .linuxParameters(c.linuxParameters().map(TaskDefinitionMapping::toAws).getOrNull())
                .dependsOn(List.of(listOrNull(c.dependsOn().map(d -> software.amazon.awssdk.services.ecs.model.ContainerDependency.builder()
                        .containerName(d.containerName()).condition(d.condition().wire()).build()))))
                .startTimeout(c.startTimeout().getOrNull())
                .stopTimeout(c.stopTimeout().getOrNull())
                .hostname(c.hostname().getOrNull())
                .user(c.user().getOrNull())
                .workingDirectory(c.workingDirectory().getOrNull())
                .disableNetworking(c.disableNetworking().getOrNull())
                .privileged(c.privileged().getOrNull())
                .readonlyRootFilesystem(c.readonlyRootFilesystem().getOrNull())
                .dnsServers(List.of(listOrNull(c.dnsServers())))
                .dnsSearchDomains(List.of(listOrNull(c.dnsSearchDomains())))
                .extraHosts(List.of(listOrNull(c.extraHosts().map(h -> software.amazon.awssdk.services.ecs.model.HostEntry.builder()
                        .hostname(h.hostname()).ipAddress(h.ipAddress()).build()))))
                .dockerSecurityOptions(List.of(listOrNull(c.dockerSecurityOptions())))
                .interactive(c.interactive().getOrNull())
                .pseudoTerminal(c.pseudoTerminal().getOrNull())
                .dockerLabels(c.dockerLabels().isEmpty() ? null : c.dockerLabels().toJavaMap())
                .ulimits(List.of(listOrNull(c.ulimits().map(u -> software.amazon.awssdk.services.ecs.model.Ulimit.builder()
                        .name(u.name()).softLimit(u.softLimit()).hardLimit(u.hardLimit()).build()))))
                .logConfiguration(c.logConfiguration().map(l -> software.amazon.awssdk.services.ecs.model.LogConfiguration.builder()
                        .logDriver(l.logDriver()).options(l.options().toJavaMap())
                        .secretOptions(List.of(listOrNull(l.secretOptions().map(TaskDefinitionMapping::toAws)))).build()).getOrNull())
                .healthCheck(c.healthCheck().map(h -> software.amazon.awssdk.services.ecs.model.HealthCheck.builder()
                        .command(h.command().asJava()).interval(h.interval().getOrNull()).timeout(h.timeout().getOrNull())
                        .retries(h.retries().getOrNull()).startPeriod(h.startPeriod().getOrNull()).build()).getOrNull())
                .systemControls(List.of(listOrNull(c.systemControls().map(s -> software.amazon.awssdk.services.ecs.model.SystemControl.builder()
                        .namespace(s.namespace()).value(s.value()).build()))))
                .resourceRequirements(List.of(listOrNull(c.resourceRequirements().map(r -> software.amazon.awssdk.services.ecs.model
                        .ResourceRequirement.builder().type(r.type()).value(r.value()).build()))))
                .firelensConfiguration(c.firelensConfiguration().map(f -> software.amazon.awssdk.services.ecs.model
                        .FirelensConfiguration.builder().type(f.type()).options(f.options().isEmpty() ? null : f.options().toJavaMap())
                        .build()).getOrNull())
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.Secret toAws(Secret s) {
        return software.amazon.awssdk.services.ecs.model.Secret.builder().name(s.name()).valueFrom(s.valueFrom()).build();
    }

    private static software.amazon.awssdk.services.ecs.model.LinuxParameters toAws(LinuxParameters l) {
        return software.amazon.awssdk.services.ecs.model.LinuxParameters.builder()
                .capabilities(l.capabilities().map(k -> software.amazon.awssdk.services.ecs.model.KernelCapabilities.builder()
                        .add(List.of(listOrNull(k.add()))).drop(List.of(listOrNull(k.drop()))).build()).getOrNull())
                .devices(List.of(listOrNull(l.devices().map(d -> software.amazon.awssdk.services.ecs.model.Device.builder()
                        .hostPath(d.hostPath()).containerPath(d.containerPath().getOrNull())
                        .permissionsWithStrings(listOrNull(d.permissions())).build()))))
                .initProcessEnabled(l.initProcessEnabled().getOrNull())
                .sharedMemorySize(l.sharedMemorySize().getOrNull())
                .tmpfs(List.of(listOrNull(l.tmpfs().map(t -> software.amazon.awssdk.services.ecs.model.Tmpfs.builder()
                        .containerPath(t.containerPath()).size(t.size()).mountOptions(List.of(listOrNull(t.mountOptions()))).build()))))
                .maxSwap(l.maxSwap().getOrNull())
                .swappiness(l.swappiness().getOrNull())
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.Volume toAws(Volume v) {
        return software.amazon.awssdk.services.ecs.model.Volume.builder()
                .name(v.name())
                .host(v.host().map(h -> software.amazon.awssdk.services.ecs.model.HostVolumeProperties.builder()
                        .sourcePath(h.sourcePath().getOrNull()).build()).getOrNull())
                .dockerVolumeConfiguration(v.dockerVolumeConfiguration().map(d -> software.amazon.awssdk.services.ecs.model
                        .DockerVolumeConfiguration.builder().scope(d.scope().getOrNull()).autoprovision(d.autoprovision().getOrNull())
                        .driver(d.driver().getOrNull()).driverOpts(d.driverOpts().isEmpty() ? null : d.driverOpts().toJavaMap())
                        .labels(d.labels().isEmpty() ? null : d.labels().toJavaMap()).build()).getOrNull())
                .efsVolumeConfiguration(v.efsVolumeConfiguration().map(TaskDefinitionMapping::toAws).getOrNull())
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.EFSVolumeConfiguration toAws(EfsVolumeConfiguration e) {
        boolean auth = e.accessPointId().isDefined() || e.iam().isDefined();
        return software.amazon.awssdk.services.ecs.model.EFSVolumeConfiguration.builder()
                .fileSystemId(e.fileSystemId())
                .rootDirectory(e.rootDirectory().getOrNull())
                .transitEncryption(e.transitEncryption().getOrNull())
                .transitEncryptionPort(e.transitEncryptionPort().getOrNull())
                .authorizationConfig(auth ? software.amazon.awssdk.services.ecs.model.EFSAuthorizationConfig.builder()
                        .accessPointId(e.accessPointId().getOrNull()).iam(e.iam().getOrNull()).build() : null)
                .build();
    }

    // ---- from AWS ---------------------------------------------------------------------------

    static RegisteredTaskDefinition fromAws(software.amazon.awssdk.services.ecs.model.TaskDefinition t,
                                            java.util.List<software.amazon.awssdk.services.ecs.model.Tag> tags) {
        TaskDefinitionArn arn = TaskDefinitionArn.parse(t.taskDefinitionArn())
                .getOrElseThrow(() -> new IllegalStateException("ECS returned an unparsable ARN: " + t.taskDefinitionArn()));
        TaskDefinition definition = TaskDefinition.builder()
                .family(t.family())
                .containerDefinitions(List.ofAll(t.containerDefinitions()).map(TaskDefinitionMapping::fromAws))
                .taskRoleArn(Option.of(t.taskRoleArn()))
                .executionRoleArn(Option.of(t.executionRoleArn()))
                .networkMode(Option.of(t.networkModeAsString()).flatMap(NetworkMode::fromWire))
                .requiresCompatibilities(List.ofAll(t.requiresCompatibilitiesAsStrings()).flatMap(LaunchType::fromWire))
                .cpu(Option.of(t.cpu()))
                .memory(Option.of(t.memory()))
                .volumes(List.ofAll(t.volumes()).map(TaskDefinitionMapping::fromAws))
                .ephemeralStorage(Option.of(t.ephemeralStorage()).map(e -> new EphemeralStorage(e.sizeInGiB())))
                .runtimePlatform(Option.of(t.runtimePlatform()).map(p -> new RuntimePlatform(Option.of(p.operatingSystemFamilyAsString()),
                        Option.of(p.cpuArchitectureAsString()).flatMap(CpuArchitecture::fromWire))))
                .pidMode(Option.of(t.pidModeAsString()).flatMap(PidMode::fromWire))
                .ipcMode(Option.of(t.ipcModeAsString()).flatMap(IpcMode::fromWire))
                .placementConstraints(List.ofAll(t.placementConstraints())
                        .map(p -> new PlacementConstraint(p.typeAsString(), Option.of(p.expression()))))
                .tags(List.ofAll(tags == null ? java.util.List.of() : tags).map(x -> Tag.of(x.key(), x.value())))
                .build();
        return RegisteredTaskDefinition.builder()
                .arn(arn)
                .status(Option.of(t.statusAsString()).flatMap(s -> Option.of(TaskDefinitionStatus.valueOf(s))).getOrElse(TaskDefinitionStatus.ACTIVE))
                .definition(definition)
                .compatibilities(List.ofAll(t.compatibilitiesAsStrings()).flatMap(LaunchType::fromWire))
                .registeredAt(t.registeredAt() == null ? java.time.Instant.EPOCH : t.registeredAt())
                .deregisteredAt(Option.of(t.deregisteredAt()))
                .registeredBy(Option.of(t.registeredBy()))
                .build();
    }

    private static <A, B> List<B> all(java.util.List<A> values, Function<A, B> map) {
        return List.ofAll(values == null ? java.util.List.of() : values).map(map);
    }

    private static Map<String, String> map(java.util.Map<String, String> values) {
        return values == null ? LinkedHashMap.empty() : LinkedHashMap.ofAll(values);
    }

    private static ContainerDefinition fromAws(software.amazon.awssdk.services.ecs.model.ContainerDefinition c) {
        return ContainerDefinition.builder()
                .name(c.name())
                .image(c.image())
                .repositoryCredentials(Option.of(c.repositoryCredentials()).map(r -> r.credentialsParameter()))
                .cpu(Option.of(c.cpu()))
                .memory(Option.of(c.memory()))
                .memoryReservation(Option.of(c.memoryReservation()))
                .links(List.of(all(c.links(), x -> x)))
                .portMappings(List.of(all(c.portMappings(), p -> PortMapping.builder()
                        .containerPort(Option.of(p.containerPort()))
                        .hostPort(Option.of(p.hostPort()))
                        .protocol(Option.of(p.protocolAsString()).flatMap(TransportProtocol::fromWire))
                        .name(Option.of(p.name()))
                        .appProtocol(Option.of(p.appProtocolAsString()).flatMap(ApplicationProtocol::fromWire))
                        .containerPortRange(Option.of(p.containerPortRange()))
                        .build())))
                .essential(Option.of(c.essential()))
                .entryPoint(List.of(all(c.entryPoint(), x -> x)))
                .command(List.of(all(c.command(), x -> x)))
                .environment(List.of(all(c.environment(), e -> KeyValuePair.of(e.name(), e.value()))))
                .secrets(List.of(all(c.secrets(), s -> Secret.of(s.name(), s.valueFrom()))))
                .mountPoints(List.of(all(c.mountPoints(), m -> new MountPoint(m.sourceVolume(), m.containerPath(), Option.of(m.readOnly())))))
                .volumesFrom(List.of(all(c.volumesFrom(), v -> new VolumeFrom(v.sourceContainer(), Option.of(v.readOnly())))))
                .linuxParameters(Option.of(c.linuxParameters()).map(TaskDefinitionMapping::fromAws))
                .dependsOn(List.of(all(c.dependsOn(), d -> new ContainerDependency(d.containerName(),
                        ContainerCondition.fromWire(d.conditionAsString()).getOrElse(ContainerCondition.START)))))
                .startTimeout(Option.of(c.startTimeout()))
                .stopTimeout(Option.of(c.stopTimeout()))
                .hostname(Option.of(c.hostname()))
                .user(Option.of(c.user()))
                .workingDirectory(Option.of(c.workingDirectory()))
                .disableNetworking(Option.of(c.disableNetworking()))
                .privileged(Option.of(c.privileged()))
                .readonlyRootFilesystem(Option.of(c.readonlyRootFilesystem()))
                .dnsServers(List.of(all(c.dnsServers(), x -> x)))
                .dnsSearchDomains(List.of(all(c.dnsSearchDomains(), x -> x)))
                .extraHosts(List.of(all(c.extraHosts(), h -> new HostEntry(h.hostname(), h.ipAddress()))))
                .dockerSecurityOptions(List.of(all(c.dockerSecurityOptions(), x -> x)))
                .interactive(Option.of(c.interactive()))
                .pseudoTerminal(Option.of(c.pseudoTerminal()))
                .dockerLabels(map(c.dockerLabels()))
                .ulimits(List.of(all(c.ulimits(), u -> new Ulimit(u.nameAsString(), u.softLimit(), u.hardLimit()))))
                .logConfiguration(Option.of(c.logConfiguration()).map(l -> LogConfiguration.builder()
                        .logDriver(l.logDriverAsString()).options(map(l.options()))
                        .secretOptions(List.of(all(l.secretOptions(), s -> Secret.of(s.name(), s.valueFrom())))).build()))
                .healthCheck(Option.of(c.healthCheck()).map(h -> HealthCheck.builder().command(List.of(all(h.command(), x -> x)))
                        .interval(Option.of(h.interval())).timeout(Option.of(h.timeout())).retries(Option.of(h.retries()))
                        .startPeriod(Option.of(h.startPeriod())).build()))
                .systemControls(List.of(all(c.systemControls(), s -> new SystemControl(s.namespace(), s.value()))))
                .resourceRequirements(List.of(all(c.resourceRequirements(), r -> new ResourceRequirement(r.typeAsString(), r.value()))))
                .firelensConfiguration(Option.of(c.firelensConfiguration())
                        .map(f -> new FirelensConfiguration(f.typeAsString(), map(f.options()))))
                .build();
    }

    private static LinuxParameters fromAws(software.amazon.awssdk.services.ecs.model.LinuxParameters l) {
        return LinuxParameters.builder()
                .capabilities(Option.of(l.capabilities()).map(k -> new KernelCapabilities(all(k.add(), x -> x), all(k.drop(), x -> x))))
                .devices(List.of(all(l.devices(), d -> new Device(d.hostPath(), Option.of(d.containerPath()), all(d.permissionsAsStrings(), x -> x)))))
                .initProcessEnabled(Option.of(l.initProcessEnabled()))
                .sharedMemorySize(Option.of(l.sharedMemorySize()))
                .tmpfs(List.of(all(l.tmpfs(), t -> new Tmpfs(t.containerPath(), t.size(), all(t.mountOptions(), x -> x)))))
                .maxSwap(Option.of(l.maxSwap()))
                .swappiness(Option.of(l.swappiness()))
                .build();
    }

    private static Volume fromAws(software.amazon.awssdk.services.ecs.model.Volume v) {
        return Volume.builder()
                .name(v.name())
                .host(Option.of(v.host()).map(h -> new HostVolumeProperties(Option.of(h.sourcePath()))))
                .dockerVolumeConfiguration(Option.of(v.dockerVolumeConfiguration()).map(d -> DockerVolumeConfiguration.builder()
                        .scope(Option.of(d.scopeAsString())).autoprovision(Option.of(d.autoprovision())).driver(Option.of(d.driver()))
                        .driverOpts(map(d.driverOpts())).labels(map(d.labels())).build()))
                .efsVolumeConfiguration(Option.of(v.efsVolumeConfiguration()).map(e -> EfsVolumeConfiguration.builder()
                        .fileSystemId(e.fileSystemId()).rootDirectory(Option.of(e.rootDirectory()))
                        .transitEncryption(Option.of(e.transitEncryptionAsString()))
                        .transitEncryptionPort(Option.of(e.transitEncryptionPort()))
                        .accessPointId(Option.of(e.authorizationConfig()).flatMap(a -> Option.of(a.accessPointId())))
                        .iam(Option.of(e.authorizationConfig()).flatMap(a -> Option.of(a.iamAsString())))
                        .build()))
                .build();
    }
}
