package io.ecskit.domain.elb;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (CreateLoadBalancerInput).
 *
 * @param name The name of the load balancer. (required)
 * @param subnets The IDs of the subnets.
 * @param subnetMappings The IDs of the subnets.
 * @param securityGroups [Application Load Balancers and Network Load Balancers] The IDs of the security groups for the load balancer.
 * @param scheme The nodes of an Internet-facing load balancer have public IP addresses.
 * @param tags The tags to assign to the load balancer.
 * @param type The type of load balancer.
 * @param ipAddressType The IP address type.
 * @param customerOwnedIpv4Pool [Application Load Balancers on Outposts] The ID of the customer-owned address pool (CoIP pool).
 * @param enablePrefixForIpv6SourceNat [Network Load Balancers with UDP listeners] Indicates whether to use an IPv6 prefix from each subnet for source NAT.
 * @param ipamPools [Application Load Balancers] The IPAM pools to use with the load balancer.
 */
@Value.Builder
public record CreateLoadBalancerInput(
        String name,
        List<String> subnets,
        List<SubnetMapping> subnetMappings,
        List<String> securityGroups,
        Option<LoadBalancerSchemeEnum> scheme,
        List<Tag> tags,
        Option<LoadBalancerTypeEnum> type,
        Option<IpAddressType> ipAddressType,
        Option<String> customerOwnedIpv4Pool,
        Option<EnablePrefixForIpv6SourceNatEnum> enablePrefixForIpv6SourceNat,
        Option<IpamPools> ipamPools) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateLoadBalancerInputBuilder builder() {
        return new CreateLoadBalancerInputBuilder();
    }

    /** A builder holding this record's values. */
    public CreateLoadBalancerInputBuilder toBuilder() {
        return new CreateLoadBalancerInputBuilder().from(this);
    }
}
