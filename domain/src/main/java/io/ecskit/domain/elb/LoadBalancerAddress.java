package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a static IP address for a load balancer. Source: Elastic Load Balancing v2 API reference (LoadBalancerAddress).
 *
 * @param ipAddress The static IP address.
 * @param allocationId [Network Load Balancers] The allocation ID of the Elastic IP address for an internal-facing load balancer.
 * @param privateIPv4Address [Network Load Balancers] The private IPv4 address for an internal load balancer.
 * @param iPv6Address [Network Load Balancers] The IPv6 address.
 */
@Value.Builder
public record LoadBalancerAddress(
        Option<String> ipAddress,
        Option<String> allocationId,
        Option<String> privateIPv4Address,
        Option<String> iPv6Address) {

    /** A builder with every optional component absent and every list empty. */
    public static LoadBalancerAddressBuilder builder() {
        return new LoadBalancerAddressBuilder();
    }

    /** A builder holding this record's values. */
    public LoadBalancerAddressBuilder toBuilder() {
        return new LoadBalancerAddressBuilder().from(this);
    }
}
