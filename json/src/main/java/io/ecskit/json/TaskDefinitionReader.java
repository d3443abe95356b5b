package io.ecskit.json;

import io.ecskit.domain.Tag;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.taskdef.AppProtocol;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.ContainerDependency;
import io.ecskit.domain.taskdef.CpuArchitecture;
import io.ecskit.domain.taskdef.DependencyCondition;
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
import io.ecskit.domain.taskdef.KeyValuePair;
import io.ecskit.domain.taskdef.LaunchType;
import io.ecskit.domain.taskdef.LinuxParameters;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PidMode;
import io.ecskit.domain.taskdef.PlacementConstraint;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.ResourceRequirement;
import io.ecskit.domain.taskdef.RuntimePlatform;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.SystemControl;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.Tmpfs;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.domain.taskdef.Ulimit;
import io.ecskit.domain.taskdef.Volume;
import io.ecskit.domain.taskdef.VolumeFrom;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.function.Function;

/** The register-task-definition request format, read into the model one record type at a time. */
final class TaskDefinitionReader {

    /** Fields of describe-task-definition output that ECS fills in; known, so not warned about. */
    static final String[] READ_ONLY = {
        "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
        "registeredAt", "registeredBy", "deregisteredAt"
    };

    private TaskDefinitionReader() {
    }

    static TaskDefinition taskDefinition(NodeReader r) {
        r.ignore(READ_ONLY);
        return TaskDefinition.builder()
                .family(r.requiredString("family"))
                .containerDefinitions(r.objects("containerDefinitions", TaskDefinitionReader::container))
                .taskRoleArn(r.string("taskRoleArn"))
                .executionRoleArn(r.string("executionRoleArn"))
                .networkMode(r.enumValue("networkMode", NetworkMode::fromWire, wires(NetworkMode.class)))
                .requiresCompatibilities(r.strings("requiresCompatibilities").zipWithIndex()
                        .flatMap(ci -> enumElement(r, "requiresCompatibilities[" + ci._2 + "]", ci._1, LaunchType::fromWire,
                                wires(LaunchType.class))))
                .cpu(r.sizeText("cpu"))
                .memory(r.sizeText("memory"))
                .volumes(r.objects("volumes", TaskDefinitionReader::volume))
                .ephemeralStorage(r.object("ephemeralStorage", e -> new EphemeralStorage(e.integer("sizeInGiB").getOrElse(0))))
                .runtimePlatform(r.object("runtimePlatform", p -> new RuntimePlatform(p.string("operatingSystemFamily"),
                        p.enumValue("cpuArchitecture", CpuArchitecture::fromWire, wires(CpuArchitecture.class)))))
                .pidMode(r.enumValue("pidMode", PidMode::fromWire, wires(PidMode.class)))
                .ipcMode(r.enumValue("ipcMode", IpcMode::fromWire, wires(IpcMode.class)))
                .placementConstraints(r.objects("placementConstraints",
                        p -> new PlacementConstraint(p.requiredString("type"), p.string("expression"))))
                .tags(tags(r))
                .build();
    }

    static Seq<Tag> tags(NodeReader r) {
        return r.objects("tags", t -> Tag.of(t.requiredString("key"), t.requiredString("value")));
    }

    static ContainerDefinition container(NodeReader c) {
        return ContainerDefinition.builder()
                .name(c.requiredString("name"))
                .image(c.requiredString("image"))
                .repositoryCredentials(c.object("repositoryCredentials", rc -> rc.requiredString("credentialsParameter")))
                .cpu(c.integer("cpu"))
                .memory(c.integer("memory"))
                .memoryReservation(c.integer("memoryReservation"))
                .portMappings(c.objects("portMappings", TaskDefinitionReader::portMapping))
                .essential(c.bool("essential"))
                .entryPoint(c.strings("entryPoint"))
                .command(c.strings("command"))
                .environment(c.objects("environment", e -> KeyValuePair.of(e.requiredString("name"), e.requiredString("value"))))
                .secrets(c.objects("secrets", TaskDefinitionReader::secret))
                .logConfiguration(c.object("logConfiguration", TaskDefinitionReader::logConfiguration))
                .healthCheck(c.object("healthCheck", TaskDefinitionReader::healthCheck))
                .dependsOn(c.objects("dependsOn", d -> new ContainerDependency(d.requiredString("containerName"),
                        d.enumValue("condition", DependencyCondition::fromWire, wires(DependencyCondition.class))
                                .getOrElse(DependencyCondition.START))))
                .mountPoints(c.objects("mountPoints", m -> new MountPoint(m.requiredString("sourceVolume"),
                        m.requiredString("containerPath"), m.bool("readOnly"))))
                .volumesFrom(c.objects("volumesFrom", v -> new VolumeFrom(v.requiredString("sourceContainer"), v.bool("readOnly"))))
                .workingDirectory(c.string("workingDirectory"))
                .user(c.string("user"))
                .readonlyRootFilesystem(c.bool("readonlyRootFilesystem"))
                .hostname(c.string("hostname"))
                .links(c.strings("links"))
                .privileged(c.bool("privileged"))
                .linuxParameters(c.object("linuxParameters", TaskDefinitionReader::linuxParameters))
                .startTimeout(c.integer("startTimeout"))
                .stopTimeout(c.integer("stopTimeout"))
                .ulimits(c.objects("ulimits", u -> new Ulimit(u.requiredString("name"),
                        u.integer("softLimit").getOrElse(0), u.integer("hardLimit").getOrElse(0))))
                .disableNetworking(c.bool("disableNetworking"))
                .dnsServers(c.strings("dnsServers"))
                .dnsSearchDomains(c.strings("dnsSearchDomains"))
                .dockerSecurityOptions(c.strings("dockerSecurityOptions"))
                .extraHosts(c.objects("extraHosts", h -> new HostEntry(h.requiredString("hostname"), h.requiredString("ipAddress"))))
                .resourceRequirements(c.objects("resourceRequirements",
                        q -> new ResourceRequirement(q.requiredString("type"), q.requiredString("value"))))
                .dockerLabels(c.stringMap("dockerLabels"))
                .systemControls(c.objects("systemControls",
                        s -> new SystemControl(s.requiredString("namespace"), s.requiredString("value"))))
                .interactive(c.bool("interactive"))
                .pseudoTerminal(c.bool("pseudoTerminal"))
                .firelensConfiguration(c.object("firelensConfiguration",
                        f -> new FirelensConfiguration(f.requiredString("type"), f.stringMap("options"))))
                .build();
    }

    private static PortMapping portMapping(NodeReader p) {
        return PortMapping.builder()
                .containerPort(p.integer("containerPort"))
                .hostPort(p.integer("hostPort"))
                .protocol(p.enumValue("protocol", TransportProtocol::fromWire, wires(TransportProtocol.class)))
                .name(p.string("name"))
                .appProtocol(p.enumValue("appProtocol", AppProtocol::fromWire, wires(AppProtocol.class)))
                .containerPortRange(p.string("containerPortRange"))
                .build();
    }

    private static Secret secret(NodeReader s) {
        return Secret.of(s.requiredString("name"), s.requiredString("valueFrom"));
    }

    private static LogConfiguration logConfiguration(NodeReader l) {
        return LogConfiguration.builder()
                .logDriver(l.requiredString("logDriver"))
                .options(l.stringMap("options"))
                .secretOptions(l.objects("secretOptions", TaskDefinitionReader::secret))
                .build();
    }

    private static HealthCheck healthCheck(NodeReader h) {
        return HealthCheck.builder()
                .command(h.strings("command"))
                .interval(h.integer("interval"))
                .timeout(h.integer("timeout"))
                .retries(h.integer("retries"))
                .startPeriod(h.integer("startPeriod"))
                .build();
    }

    private static LinuxParameters linuxParameters(NodeReader l) {
        return LinuxParameters.builder()
                .capabilities(l.object("capabilities", k -> new KernelCapabilities(k.strings("add"), k.strings("drop"))))
                .devices(l.objects("devices", d -> new Device(d.requiredString("hostPath"), d.string("containerPath"),
                        d.strings("permissions"))))
                .initProcessEnabled(l.bool("initProcessEnabled"))
                .sharedMemorySize(l.integer("sharedMemorySize"))
                .tmpfs(l.objects("tmpfs", t -> new Tmpfs(t.requiredString("containerPath"), t.integer("size").getOrElse(0),
                        t.strings("mountOptions"))))
                .maxSwap(l.integer("maxSwap"))
                .swappiness(l.integer("swappiness"))
                .build();
    }

    private static Volume volume(NodeReader v) {
        return Volume.builder()
                .name(v.requiredString("name"))
                .host(v.object("host", h -> new HostVolumeProperties(h.string("sourcePath"))))
                .dockerVolumeConfiguration(v.object("dockerVolumeConfiguration", d -> DockerVolumeConfiguration.builder()
                        .scope(d.string("scope"))
                        .autoprovision(d.bool("autoprovision"))
                        .driver(d.string("driver"))
                        .driverOpts(d.stringMap("driverOpts"))
                        .labels(d.stringMap("labels"))
                        .build()))
                .efsVolumeConfiguration(v.object("efsVolumeConfiguration", TaskDefinitionReader::efs))
                .build();
    }

    private static EfsVolumeConfiguration efs(NodeReader e) {
        Option<NodeReaderResult> auth = e.object("authorizationConfig",
                a -> new NodeReaderResult(a.string("accessPointId"), a.string("iam")));
        return EfsVolumeConfiguration.builder()
                .fileSystemId(e.requiredString("fileSystemId"))
                .rootDirectory(e.string("rootDirectory"))
                .transitEncryption(e.string("transitEncryption"))
                .transitEncryptionPort(e.integer("transitEncryptionPort"))
                .accessPointId(auth.flatMap(NodeReaderResult::accessPointId))
                .iam(auth.flatMap(NodeReaderResult::iam))
                .build();
    }

    /** EFS authorizationConfig, flattened into the model's volume record. */
    private record NodeReaderResult(Option<String> accessPointId, Option<String> iam) {
    }

    private static <E> Option<E> enumElement(NodeReader r, String path, String text, Function<String, Option<E>> parse,
                                             Seq<String> allowed) {
        Option<E> value = parse.apply(text);
        if (value.isEmpty()) {
            r.enumValueError(path, text, allowed);
        }
        return value;
    }

    static <E extends Enum<E> & WireValue> Seq<String> wires(Class<E> type) {
        return Array.of(type.getEnumConstants()).map(WireValue::wire);
    }
}
