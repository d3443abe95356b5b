package io.ecskit.domain.task;

import io.ecskit.domain.taskdef.TransportProtocol;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A port binding of a container on its host.
 *
 * @param bindIP IP address the port is bound on.
 * @param containerPort Port inside the container.
 * @param hostPort Port on the host.
 * @param protocol tcp or udp.
 * @param containerPortRange Range of container ports bound.
 * @param hostPortRange Range of host ports bound.
 */
@Value.Builder
public record NetworkBinding(
        Option<String> bindIP,
        Option<Integer> containerPort,
        Option<Integer> hostPort,
        Option<TransportProtocol> protocol,
        Option<String> containerPortRange,
        Option<String> hostPortRange) {

    /** A builder with every optional component absent and every list empty. */
    public static NetworkBindingBuilder builder() {
        return new NetworkBindingBuilder();
    }

    /** A builder holding this record's values. */
    public NetworkBindingBuilder toBuilder() {
        return new NetworkBindingBuilder().from(this);
    }
}
