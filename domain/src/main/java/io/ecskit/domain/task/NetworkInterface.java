package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A network interface of a container (awsvpc).
 *
 * @param attachmentId ID of the interface's attachment.
 * @param privateIpv4Address Private IPv4 address.
 * @param ipv6Address IPv6 address.
 */
@Value.Builder
public record NetworkInterface(
        Option<String> attachmentId,
        Option<String> privateIpv4Address,
        Option<String> ipv6Address) {

    /** A builder with every optional component absent and every list empty. */
    public static NetworkInterfaceBuilder builder() {
        return new NetworkInterfaceBuilder();
    }

    /** A builder holding this record's values. */
    public NetworkInterfaceBuilder toBuilder() {
        return new NetworkInterfaceBuilder().from(this);
    }
}
