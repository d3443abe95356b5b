package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An IPAM pool is a collection of IP address CIDRs. Source: Elastic Load Balancing v2 API reference (IpamPools).
 *
 * @param ipv4IpamPoolId The ID of the IPv4 IPAM pool.
 */
@Value.Builder
public record IpamPools(
        Option<String> ipv4IpamPoolId) {

    /** A builder with every optional component absent and every list empty. */
    public static IpamPoolsBuilder builder() {
        return new IpamPoolsBuilder();
    }

    /** A builder holding this record's values. */
    public IpamPoolsBuilder toBuilder() {
        return new IpamPoolsBuilder().from(this);
    }
}
