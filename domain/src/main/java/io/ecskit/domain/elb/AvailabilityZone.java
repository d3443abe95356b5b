package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about an Availability Zone. Source: Elastic Load Balancing v2 API reference (AvailabilityZone).
 *
 * @param zoneName The name of the Availability Zone.
 * @param subnetId The ID of the subnet.
 * @param outpostId [Application Load Balancers on Outposts] The ID of the Outpost.
 * @param loadBalancerAddresses [Network Load Balancers] If you need static IP addresses for your load balancer, you can specify one Elastic IP address per Availability Zone when you create an internal-facing load balancer.
 * @param sourceNatIpv6Prefixes [Network Load Balancers with UDP listeners] The IPv6 prefixes to use for source NAT.
 */
@Value.Builder
public record AvailabilityZone(
        Option<String> zoneName,
        Option<String> subnetId,
        Option<String> outpostId,
        List<LoadBalancerAddress> loadBalancerAddresses,
        List<String> sourceNatIpv6Prefixes) {

    /** A builder with every optional component absent and every list empty. */
    public static AvailabilityZoneBuilder builder() {
        return new AvailabilityZoneBuilder();
    }

    /** A builder holding this record's values. */
    public AvailabilityZoneBuilder toBuilder() {
        return new AvailabilityZoneBuilder().from(this);
    }
}
