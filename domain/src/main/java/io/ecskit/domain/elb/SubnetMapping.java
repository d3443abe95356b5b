package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a subnet mapping. Source: Elastic Load Balancing v2 API reference (SubnetMapping).
 *
 * @param subnetId The ID of the subnet.
 * @param allocationId [Network Load Balancers] The allocation ID of the Elastic IP address for an internet-facing load balancer.
 * @param privateIPv4Address [Network Load Balancers] The private IPv4 address for an internal load balancer.
 * @param iPv6Address [Network Load Balancers] The IPv6 address.
 * @param sourceNatIpv6Prefix [Network Load Balancers with UDP listeners] The IPv6 prefix to use for source NAT.
 */
@Value.Builder
public record SubnetMapping(
        Option<String> subnetId,
        Option<String> allocationId,
        Option<String> privateIPv4Address,
        Option<String> iPv6Address,
        Option<String> sourceNatIpv6Prefix) {

    /** A builder with every optional component absent and every list empty. */
    public static SubnetMappingBuilder builder() {
        return new SubnetMappingBuilder();
    }

    /** A builder holding this record's values. */
    public SubnetMappingBuilder toBuilder() {
        return new SubnetMappingBuilder().from(this);
    }
}
