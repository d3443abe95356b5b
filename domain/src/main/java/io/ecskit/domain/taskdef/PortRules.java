package io.ecskit.domain.taskdef;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import static io.ecskit.domain.taskdef.Rule.name;
import static io.ecskit.domain.taskdef.Rule.when;

/** Port mappings, and what each network mode allows of them, hostname and links. */
final class PortRules {

    /** Host ports the ECS agent and Docker reserve on container instances (bridge mode). */
    static final Seq<Integer> RESERVED_HOST_PORTS = List.of(22, 2375, 2376, 51678, 51679, 51680);

    private PortRules() {
    }

    static Seq<Violation> containerPorts(TaskDefinition td, String path, ContainerDefinition c) {
        return c.portMappings().zipWithIndex().flatMap(pi -> {
            PortMapping pm = pi._1;
            String at = path + ".portMappings[" + pi._2 + "]";
            boolean inRange = pm.containerPort().exists(p -> p >= 1 && p <= 65535);
            boolean isRange = pm.containerPort().isEmpty() && pm.containerPortRange().isDefined();
            return when(!inRange && !isRange, Violation.client(at + ".containerPort",
                    "Invalid 'containerPort' setting for container '" + name(c) + "'."))
                    .appendAll(when(pm.hostPort().exists(p -> p < 0 || p > 65535), Violation.client(at + ".hostPort",
                            "Invalid 'hostPort' setting for container '" + name(c) + "'.")));
        });
    }

    /** The same container port may not be mapped under both tcp and udp (ECS-RULES §4). */
    static Seq<Violation> protocolClash(TaskDefinition td, String path, ContainerDefinition c) {
        return c.portMappings().zipWithIndex()
                .filter(pi -> pi._1.effectiveProtocol() == TransportProtocol.UDP && pi._1.containerPort().isDefined())
                .filter(pi -> c.portMappings().exists(other -> other.effectiveProtocol() == TransportProtocol.TCP
                        && other.containerPort().equals(pi._1.containerPort())))
                .map(pi -> Violation.client(path + ".portMappings[" + pi._2 + "].protocol",
                        "Invalid 'containerPort' setting for container '" + name(c) + "'. Port "
                                + pi._1.containerPort().get() + " is mapped under both tcp and udp."));
    }

    /** awsvpc and host: a host port, when given, must equal the container port. */
    static Seq<Violation> hostPortsMatch(TaskDefinition td, String path, ContainerDefinition c) {
        NetworkMode mode = td.effectiveNetworkMode();
        if (mode != NetworkMode.AWSVPC && mode != NetworkMode.HOST) {
            return List.empty();
        }
        return c.portMappings().zipWithIndex()
                .filter(pi -> pi._1.hostPort().isDefined() && !pi._1.hostPort().equals(pi._1.containerPort()))
                .map(pi -> Violation.client(path + ".portMappings[" + pi._2 + "].hostPort",
                        "When networkMode=" + mode.wire()
                                + ", the host ports and container ports in port mappings must match."));
    }

    static Seq<Violation> hostnameUnderAwsvpc(TaskDefinition td, String path, ContainerDefinition c) {
        return when(td.effectiveNetworkMode() == NetworkMode.AWSVPC && c.hostname().isDefined(),
                Violation.client(path + ".hostname", "hostname is not supported on container when networkMode=awsvpc."));
    }

    /** bridge: hostPort 0 / omitted is dynamic; the agent's and Docker's ports are reserved. */
    static Seq<Violation> reservedHostPorts(TaskDefinition td, String path, ContainerDefinition c) {
        if (td.effectiveNetworkMode() != NetworkMode.BRIDGE) {
            return List.empty();
        }
        return c.portMappings().zipWithIndex()
                .filter(pi -> pi._1.hostPort().exists(RESERVED_HOST_PORTS::contains))
                .map(pi -> Violation.client(path + ".portMappings[" + pi._2 + "].hostPort",
                        "Invalid 'hostPort' setting for container '" + name(c) + "'. Port "
                                + pi._1.hostPort().get() + " is reserved on container instances."));
    }

    static Seq<Violation> noPortsWithoutNetwork(TaskDefinition td, String path, ContainerDefinition c) {
        return when(td.effectiveNetworkMode() == NetworkMode.NONE && !c.portMappings().isEmpty(),
                Violation.client(path + ".portMappings",
                        "Port mappings are not supported on container '" + name(c) + "' when networkMode=none."));
    }

    static Seq<Violation> linksOnlyInBridge(TaskDefinition td, String path, ContainerDefinition c) {
        NetworkMode mode = td.effectiveNetworkMode();
        return when(mode != NetworkMode.BRIDGE && !c.links().isEmpty(), Violation.client(path + ".links",
                "links are not supported on container when networkMode=" + mode.wire() + "."));
    }
}
