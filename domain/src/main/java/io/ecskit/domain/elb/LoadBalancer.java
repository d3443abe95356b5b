package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Information about a load balancer. Source: Elastic Load Balancing v2 API reference (LoadBalancer).
 *
 * @param loadBalancerArn The Amazon Resource Name (ARN) of the load balancer.
 * @param dNSName The public DNS name of the load balancer.
 * @param canonicalHostedZoneId The ID of the Amazon Route 53 hosted zone associated with the load balancer.
 * @param createdTime The date and time the load balancer was created.
 * @param loadBalancerName The name of the load balancer.
 * @param scheme The nodes of an Internet-facing load balancer have public IP addresses.
 * @param vpcId The ID of the VPC for the load balancer.
 * @param state The state of the load balancer.
 * @param type The type of load balancer.
 * @param availabilityZones The subnets for the load balancer.
 * @param securityGroups The IDs of the security groups for the load balancer.
 * @param ipAddressType The type of IP addresses used for public or private connections by the subnets attached to your load balancer.
 * @param customerOwnedIpv4Pool [Application Load Balancers on Outposts] The ID of the customer-owned address pool.
 * @param enforceSecurityGroupInboundRulesOnPrivateLinkTraffic Indicates whether to evaluate inbound security group rules for traffic sent to a Network Load Balancer through Amazon Web Services PrivateLink.
 * @param enablePrefixForIpv6SourceNat [Network Load Balancers with UDP listeners] Indicates whether to use an IPv6 prefix from each subnet for source NAT.
 * @param ipamPools [Application Load Balancers] The IPAM pool in use by the load balancer, if configured.
 */
@Value.Builder
public record LoadBalancer(
        Option<String> loadBalancerArn,
        Option<String> dNSName,
        Option<String> canonicalHostedZoneId,
        Option<Instant> createdTime,
        Option<String> loadBalancerName,
        Option<LoadBalancerSchemeEnum> scheme,
        Option<String> vpcId,
        Option<LoadBalancerState> state,
        Option<LoadBalancerTypeEnum> type,
        List<AvailabilityZone> availabilityZones,
        List<String> securityGroups,
        Option<IpAddressType> ipAddressType,
        Option<String> customerOwnedIpv4Pool,
        Option<String> enforceSecurityGroupInboundRulesOnPrivateLinkTraffic,
        Option<EnablePrefixForIpv6SourceNatEnum> enablePrefixForIpv6SourceNat,
        Option<IpamPools> ipamPools) {

    /** A builder with every optional component absent and every list empty. */
    public static LoadBalancerBuilder builder() {
        return new LoadBalancerBuilder();
    }

    /** A builder holding this record's values. */
    public LoadBalancerBuilder toBuilder() {
        return new LoadBalancerBuilder().from(this);
    }
}
