package io.ecskit.domain.taskdef;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

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
            return when(!inRange && !isRange, () -> EcsRule.CONTAINER_PORT_VALID.at(at + ".containerPort", name(c)))
                    .appendAll(when(pm.hostPort().exists(p -> p < 0 || p > 65535), () -> EcsRule.HOST_PORT_VALID.at(at + ".hostPort", name(c))));
        });
    }

    /**
     * A host port, with its protocol, may be mapped once in the whole task (ECS: "TCP host port '3000' is mapped
     * multiple times in task."). Under awsvpc and host the host port is the container port; in bridge mode only an
     * explicit non-zero host port counts (0 or none is dynamic). tcp and udp on the same port are two mappings,
     * which registration accepts (see LOAD_BALANCED_PORT_ONE_MAPPING for where ECS refuses that).
     */
    static Seq<Violation> hostPortMappedOnce(TaskDefinition td) {
        NetworkMode mode = td.effectiveNetworkMode();
        if (mode == NetworkMode.NONE) {
            return List.empty();
        }
        Seq<io.vavr.Tuple3<String, TransportProtocol, Integer>> mapped = td.containerDefinitions().zipWithIndex()
                .flatMap(ci -> ci._1.portMappings().zipWithIndex().flatMap(pi -> {
                    Option<Integer> host = mode == NetworkMode.BRIDGE
                            ? pi._1.hostPort().filter(p -> p != 0)
                            : pi._1.hostPort().orElse(pi._1.containerPort());
                    return host.map(port -> io.vavr.Tuple.of("containerDefinitions[" + ci._2 + "].portMappings[" + pi._2
                            + "].hostPort", pi._1.effectiveProtocol(), port));
                }));
        return mapped.zipWithIndex()
                .filter(mi -> mapped.take(mi._2).exists(earlier -> earlier._2 == mi._1._2 && earlier._3.equals(mi._1._3)))
                .map(mi -> mi._1)
                .distinctBy(m -> m._2 + ":" + m._3)
                .map(m -> EcsRule.HOST_PORT_MAPPED_ONCE.at(m._1, m._2.wire().toUpperCase(java.util.Locale.ROOT), m._3));
    }

    /** awsvpc and host: a host port, when given, must equal the container port. */
    static Seq<Violation> hostPortsMatch(TaskDefinition td, String path, ContainerDefinition c) {
        NetworkMode mode = td.effectiveNetworkMode();
        if (mode != NetworkMode.AWSVPC && mode != NetworkMode.HOST) {
            return List.empty();
        }
        return c.portMappings().zipWithIndex()
                .filter(pi -> pi._1.hostPort().isDefined() && !pi._1.hostPort().equals(pi._1.containerPort()))
                .map(pi -> EcsRule.HOST_PORTS_MATCH_CONTAINER_PORTS.at(path + ".portMappings[" + pi._2 + "].hostPort", mode.wire()));
    }

    static Seq<Violation> hostnameUnderAwsvpc(TaskDefinition td, String path, ContainerDefinition c) {
        return when(td.effectiveNetworkMode() == NetworkMode.AWSVPC && c.hostname().isDefined(),
                () -> EcsRule.NO_HOSTNAME_UNDER_AWSVPC.at(path + ".hostname"));
    }

    /** bridge: hostPort 0 / omitted is dynamic; the agent's and Docker's ports are reserved. */
    static Seq<Violation> reservedHostPorts(TaskDefinition td, String path, ContainerDefinition c) {
        if (td.effectiveNetworkMode() != NetworkMode.BRIDGE) {
            return List.empty();
        }
        return c.portMappings().zipWithIndex()
                .filter(pi -> pi._1.hostPort().exists(RESERVED_HOST_PORTS::contains))
                .map(pi -> EcsRule.RESERVED_HOST_PORTS.at(path + ".portMappings[" + pi._2 + "].hostPort", name(c), pi._1.hostPort().get()));
    }

    static Seq<Violation> noPortsWithoutNetwork(TaskDefinition td, String path, ContainerDefinition c) {
        return when(td.effectiveNetworkMode() == NetworkMode.NONE && !c.portMappings().isEmpty(),
                () -> EcsRule.NO_PORTS_WITHOUT_NETWORK.at(path + ".portMappings", name(c)));
    }

    static Seq<Violation> linksOnlyInBridge(TaskDefinition td, String path, ContainerDefinition c) {
        NetworkMode mode = td.effectiveNetworkMode();
        return when(mode != NetworkMode.BRIDGE && !c.links().isEmpty(), () -> EcsRule.LINKS_ONLY_IN_BRIDGE.at(path + ".links", mode.wire()));
    }
}
