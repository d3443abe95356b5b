package io.ecskit.domain.network;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the permissions for a security group rule. Source: EC2 API reference (IpPermission).
 *
 * @param ipProtocol The IP protocol name ( tcp , udp , icmp , icmpv6 ) or number (see Protocol Numbers ).
 * @param fromPort If the protocol is TCP or UDP, this is the start of the port range.
 * @param toPort If the protocol is TCP or UDP, this is the end of the port range.
 * @param userIdGroupPairs The security group and Amazon Web Services account ID pairs.
 * @param ipRanges The IPv4 address ranges.
 * @param ipv6Ranges The IPv6 address ranges.
 * @param prefixListIds The prefix list IDs.
 */
@Value.Builder
public record IpPermission(
        Option<String> ipProtocol,
        Option<Integer> fromPort,
        Option<Integer> toPort,
        List<UserIdGroupPair> userIdGroupPairs,
        List<IpRange> ipRanges,
        List<Ipv6Range> ipv6Ranges,
        List<PrefixListId> prefixListIds) {

    /** A builder with every optional component absent and every list empty. */
    public static IpPermissionBuilder builder() {
        return new IpPermissionBuilder();
    }

    /** A builder holding this record's values. */
    public IpPermissionBuilder toBuilder() {
        return new IpPermissionBuilder().from(this);
    }
}
