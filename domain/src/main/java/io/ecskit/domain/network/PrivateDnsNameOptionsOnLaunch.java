package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the options for instance hostnames. Source: EC2 API reference (PrivateDnsNameOptionsOnLaunch).
 *
 * @param hostnameType The type of hostname for EC2 instances.
 * @param enableResourceNameDnsARecord Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
 * @param enableResourceNameDnsAAAARecord Indicates whether to respond to DNS queries for instance hostname with DNS AAAA records.
 */
@Value.Builder
public record PrivateDnsNameOptionsOnLaunch(
        Option<HostnameType> hostnameType,
        Option<Boolean> enableResourceNameDnsARecord,
        Option<Boolean> enableResourceNameDnsAAAARecord) {

    /** A builder with every optional component absent and every list empty. */
    public static PrivateDnsNameOptionsOnLaunchBuilder builder() {
        return new PrivateDnsNameOptionsOnLaunchBuilder();
    }

    /** A builder holding this record's values. */
    public PrivateDnsNameOptionsOnLaunchBuilder toBuilder() {
        return new PrivateDnsNameOptionsOnLaunchBuilder().from(this);
    }
}
