package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A kernel parameter (sysctl) of a container.
 *
 * @param namespace Kernel parameter (sysctl) name, e.g. net.ipv4.tcp_keepalive_time.
 * @param value Kernel parameter value.
 */
@Value.Builder
public record SystemControl(
        Option<String> namespace,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static SystemControlBuilder builder() {
        return new SystemControlBuilder();
    }

    /** A builder holding this record's values. */
    public SystemControlBuilder toBuilder() {
        return new SystemControlBuilder().from(this);
    }
}
