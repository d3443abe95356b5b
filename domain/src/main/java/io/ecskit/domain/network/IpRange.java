package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an IPv4 address range. Source: EC2 API reference (IpRange).
 *
 * @param description A description for the security group rule that references this IPv4 address range.
 * @param cidrIp The IPv4 address range.
 */
@Value.Builder
public record IpRange(
        Option<String> description,
        Option<String> cidrIp) {

    /** A builder with every optional component absent and every list empty. */
    public static IpRangeBuilder builder() {
        return new IpRangeBuilder();
    }

    /** A builder holding this record's values. */
    public IpRangeBuilder toBuilder() {
        return new IpRangeBuilder().from(this);
    }
}
