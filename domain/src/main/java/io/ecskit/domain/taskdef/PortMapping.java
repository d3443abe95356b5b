package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A port the container exposes.
 *
 * @param containerPort Port inside the container, 1..65535.
 * @param hostPort Port on the host; under awsvpc and host it equals containerPort; 0 or absent in bridge mode picks a dynamic port.
 * @param protocol Transport protocol, tcp (the default) or udp.
 * @param name Name of the mapping, for Service Connect (1..64 lowercase letters, digits, hyphens).
 * @param appProtocol Application protocol for Service Connect: http, http2 or grpc.
 * @param containerPortRange Range of container ports, "first-last" (awsvpc), instead of containerPort.
 */
@Value.Builder
public record PortMapping(
        Option<Integer> containerPort,
        Option<Integer> hostPort,
        Option<TransportProtocol> protocol,
        Option<String> name,
        Option<ApplicationProtocol> appProtocol,
        Option<String> containerPortRange) {

    /** A builder with every optional component absent and every list empty. */
    public static PortMappingBuilder builder() {
        return new PortMappingBuilder();
    }

    /** A builder holding this record's values. */
    public PortMappingBuilder toBuilder() {
        return new PortMappingBuilder().from(this);
    }

    /** A tcp mapping of {@code containerPort}, the host port left to ECS. */
    public static PortMapping tcp(int containerPort) {
        return builder().containerPort(containerPort).build();
    }

    /** ECS's default protocol is tcp ({@link TaskDefinitionDefaults#PROTOCOL}). */
    public TransportProtocol effectiveProtocol() {
        return protocol.getOrElse(TaskDefinitionDefaults.PROTOCOL);
    }
}
