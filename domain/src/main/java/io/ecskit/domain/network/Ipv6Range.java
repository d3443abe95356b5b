package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an IPv6 address range. Source: EC2 API reference (Ipv6Range).
 *
 * @param description A description for the security group rule that references this IPv6 address range.
 * @param cidrIpv6 The IPv6 address range.
 */
@Value.Builder
public record Ipv6Range(
        Option<String> description,
        Option<String> cidrIpv6) {

    /** A builder with every optional component absent and every list empty. */
    public static Ipv6RangeBuilder builder() {
        return new Ipv6RangeBuilder();
    }

    /** A builder holding this record's values. */
    public Ipv6RangeBuilder toBuilder() {
        return new Ipv6RangeBuilder().from(this);
    }
}
