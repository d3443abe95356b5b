package io.ecskit.json;

import io.ecskit.domain.Tag;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.EfsVolumeConfiguration;
import io.ecskit.domain.taskdef.LinuxParameters;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.Volume;
import io.vavr.control.Option;

/** The model, written as the register-task-definition request (fields in the AWS CLI skeleton's order). */
final class TaskDefinitionWriter {

    private TaskDefinitionWriter() {
    }

    static NodeWriter taskDefinition(TaskDefinition td) {
        return new NodeWriter()
                .put("family", td.family())
                .put("taskRoleArn", td.taskRoleArn())
                .put("executionRoleArn", td.executionRoleArn())
                .put("networkMode", td.networkMode())
                .objects("containerDefinitions", td.containerDefinitions(), TaskDefinitionWriter::container)
                .objects("volumes", td.volumes(), TaskDefinitionWriter::volume)
                .objects("placementConstraints", td.placementConstraints(),
                        p -> new NodeWriter().put("type", p.type()).put("expression", p.expression()))
                .strings("requiresCompatibilities", td.requiresCompatibilities().map(lt -> lt.wire()))
                .put("cpu", td.cpu())
                .put("memory", td.memory())
                .objects("tags", td.tags(), TaskDefinitionWriter::tag)
                .put("pidMode", td.pidMode())
                .put("ipcMode", td.ipcMode())
                .object("ephemeralStorage", td.ephemeralStorage(), e -> new NodeWriter().put("sizeInGiB", e.sizeInGiB()))
                .object("runtimePlatform", td.runtimePlatform(), p -> new NodeWriter()
                        .put("cpuArchitecture", p.cpuArchitecture())
                        .put("operatingSystemFamily", p.operatingSystemFamily()));
    }

    static NodeWriter tag(Tag tag) {
        return new NodeWriter().put("key", tag.key()).put("value", tag.value());
    }

    private static NodeWriter container(ContainerDefinition c) {
        return new NodeWriter()
                .put("name", c.name())
                .put("image", c.image())
                .object("repositoryCredentials", c.repositoryCredentials(), rc -> new NodeWriter().put("credentialsParameter", rc))
                .put("cpu", c.cpu())
                .put("memory", c.memory())
                .put("memoryReservation", c.memoryReservation())
                .strings("links", c.links())
                .objects("portMappings", c.portMappings(), TaskDefinitionWriter::portMapping)
                .put("essential", c.essential())
                .strings("entryPoint", c.entryPoint())
                .strings("command", c.command())
                .objects("environment", c.environment(), e -> new NodeWriter().put("name", e.name()).put("value", e.value()))
                .objects("mountPoints", c.mountPoints(), m -> new NodeWriter().put("sourceVolume", m.sourceVolume())
                        .put("containerPath", m.containerPath()).put("readOnly", m.readOnly()))
                .objects("volumesFrom", c.volumesFrom(), v -> new NodeWriter().put("sourceContainer", v.sourceContainer())
                        .put("readOnly", v.readOnly()))
                .object("linuxParameters", c.linuxParameters(), TaskDefinitionWriter::linuxParameters)
                .objects("secrets", c.secrets(), TaskDefinitionWriter::secret)
                .objects("dependsOn", c.dependsOn(), d -> new NodeWriter().put("containerName", d.containerName())
                        .put("condition", d.condition().wire()))
                .put("startTimeout", c.startTimeout())
                .put("stopTimeout", c.stopTimeout())
                .put("hostname", c.hostname())
                .put("user", c.user())
                .put("workingDirectory", c.workingDirectory())
                .put("disableNetworking", c.disableNetworking())
                .put("privileged", c.privileged())
                .put("readonlyRootFilesystem", c.readonlyRootFilesystem())
                .strings("dnsServers", c.dnsServers())
                .strings("dnsSearchDomains", c.dnsSearchDomains())
                .objects("extraHosts", c.extraHosts(), h -> new NodeWriter().put("hostname", h.hostname()).put("ipAddress", h.ipAddress()))
                .strings("dockerSecurityOptions", c.dockerSecurityOptions())
                .put("interactive", c.interactive())
                .put("pseudoTerminal", c.pseudoTerminal())
                .map("dockerLabels", c.dockerLabels())
                .objects("ulimits", c.ulimits(), u -> new NodeWriter().put("name", u.name())
                        .put("softLimit", u.softLimit()).put("hardLimit", u.hardLimit()))
                .object("logConfiguration", c.logConfiguration(), TaskDefinitionWriter::logConfiguration)
                .object("healthCheck", c.healthCheck(), h -> new NodeWriter().strings("command", h.command())
                        .put("interval", h.interval()).put("timeout", h.timeout()).put("retries", h.retries())
                        .put("startPeriod", h.startPeriod()))
                .objects("systemControls", c.systemControls(), s -> new NodeWriter().put("namespace", s.namespace())
                        .put("value", s.value()))
                .objects("resourceRequirements", c.resourceRequirements(), r -> new NodeWriter().put("value", r.value())
                        .put("type", r.type()))
                .object("firelensConfiguration", c.firelensConfiguration(), f -> new NodeWriter().put("type", f.type())
                        .map("options", f.options()));
    }

    private static NodeWriter portMapping(PortMapping p) {
        return new NodeWriter()
                .put("containerPort", p.containerPort())
                .put("hostPort", p.hostPort())
                .put("protocol", p.protocol())
                .put("name", p.name())
                .put("appProtocol", p.appProtocol())
                .put("containerPortRange", p.containerPortRange());
    }

    private static NodeWriter secret(Secret s) {
        return new NodeWriter().put("name", s.name()).put("valueFrom", s.valueFrom());
    }

    private static NodeWriter logConfiguration(LogConfiguration l) {
        return new NodeWriter().put("logDriver", l.logDriver()).map("options", l.options())
                .objects("secretOptions", l.secretOptions(), TaskDefinitionWriter::secret);
    }

    private static NodeWriter linuxParameters(LinuxParameters l) {
        return new NodeWriter()
                .object("capabilities", l.capabilities(), k -> new NodeWriter().strings("add", k.add()).strings("drop", k.drop()))
                .objects("devices", l.devices(), d -> new NodeWriter().put("hostPath", d.hostPath())
                        .put("containerPath", d.containerPath()).strings("permissions", d.permissions()))
                .put("initProcessEnabled", l.initProcessEnabled())
                .put("sharedMemorySize", l.sharedMemorySize())
                .objects("tmpfs", l.tmpfs(), t -> new NodeWriter().put("containerPath", t.containerPath())
                        .put("size", t.size()).strings("mountOptions", t.mountOptions()))
                .put("maxSwap", l.maxSwap())
                .put("swappiness", l.swappiness());
    }

    private static NodeWriter volume(Volume v) {
        return new NodeWriter()
                .put("name", v.name())
                .object("host", v.host(), h -> new NodeWriter().put("sourcePath", h.sourcePath()))
                .object("dockerVolumeConfiguration", v.dockerVolumeConfiguration(), d -> new NodeWriter()
                        .put("scope", d.scope()).put("autoprovision", d.autoprovision()).put("driver", d.driver())
                        .map("driverOpts", d.driverOpts()).map("labels", d.labels()))
                .object("efsVolumeConfiguration", v.efsVolumeConfiguration(), TaskDefinitionWriter::efs);
    }

    private static NodeWriter efs(EfsVolumeConfiguration e) {
        Option<Boolean> hasAuth = Option.when(e.accessPointId().isDefined() || e.iam().isDefined(), true);
        return new NodeWriter()
                .put("fileSystemId", e.fileSystemId())
                .put("rootDirectory", e.rootDirectory())
                .put("transitEncryption", e.transitEncryption())
                .put("transitEncryptionPort", e.transitEncryptionPort())
                .object("authorizationConfig", hasAuth, yes -> new NodeWriter()
                        .put("accessPointId", e.accessPointId()).put("iam", e.iam()));
    }
}
