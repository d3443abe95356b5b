package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * An /etc/hosts entry of a container.
 *
 * @param hostname Hostname of the /etc/hosts entry (required).
 * @param ipAddress IP address of the /etc/hosts entry (required).
 */
@Value.Builder
public record HostEntry(
        String hostname,
        String ipAddress) {

    /** A builder with every optional component absent and every list empty. */
    public static HostEntryBuilder builder() {
        return new HostEntryBuilder();
    }

    /** A builder holding this record's values. */
    public HostEntryBuilder toBuilder() {
        return new HostEntryBuilder().from(this);
    }
}
