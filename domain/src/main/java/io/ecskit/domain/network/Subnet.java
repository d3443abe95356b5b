package io.ecskit.domain.network;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a subnet. Source: EC2 API reference (Subnet).
 *
 * @param availabilityZoneId The AZ ID of the subnet.
 * @param enableLniAtDeviceIndex Indicates the device position for local network interfaces in this subnet.
 * @param mapCustomerOwnedIpOnLaunch Indicates whether a network interface created in this subnet (including a network interface created by RunInstances ) receives a customer-owned IPv4 address.
 * @param customerOwnedIpv4Pool The customer-owned IPv4 address pool associated with the subnet.
 * @param ownerId The ID of the Amazon Web Services account that owns the subnet.
 * @param assignIpv6AddressOnCreation Indicates whether a network interface created in this subnet (including a network interface created by RunInstances ) receives an IPv6 address.
 * @param ipv6CidrBlockAssociationSet Information about the IPv6 CIDR blocks associated with the subnet.
 * @param tags Any tags assigned to the subnet.
 * @param subnetArn The Amazon Resource Name (ARN) of the subnet.
 * @param outpostArn The Amazon Resource Name (ARN) of the Outpost.
 * @param enableDns64 Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should return synthetic IPv6 addresses for IPv4-only destinations.
 * @param ipv6Native Indicates whether this is an IPv6 only subnet.
 * @param privateDnsNameOptionsOnLaunch The type of hostnames to assign to instances in the subnet at launch.
 * @param blockPublicAccessStates The state of VPC Block Public Access (BPA).
 * @param type Indicates if this is a subnet used with Amazon Elastic VMware Service (EVS).
 * @param networkFirewallConnectivityType The internet connectivity treatment that the Automated Internet Firewall applies to the subnet.
 * @param subnetId The ID of the subnet.
 * @param state The current state of the subnet.
 * @param vpcId The ID of the VPC the subnet is in.
 * @param cidrBlock The IPv4 CIDR block assigned to the subnet.
 * @param availableIpAddressCount The number of unused private IPv4 addresses in the subnet.
 * @param availabilityZone The Availability Zone of the subnet.
 * @param defaultForAz Indicates whether this is the default subnet for the Availability Zone.
 * @param mapPublicIpOnLaunch Indicates whether instances launched in this subnet receive a public IPv4 address.
 */
@Value.Builder
public record Subnet(
        Option<String> availabilityZoneId,
        Option<Integer> enableLniAtDeviceIndex,
        Option<Boolean> mapCustomerOwnedIpOnLaunch,
        Option<String> customerOwnedIpv4Pool,
        Option<String> ownerId,
        Option<Boolean> assignIpv6AddressOnCreation,
        List<SubnetIpv6CidrBlockAssociation> ipv6CidrBlockAssociationSet,
        List<Tag> tags,
        Option<String> subnetArn,
        Option<String> outpostArn,
        Option<Boolean> enableDns64,
        Option<Boolean> ipv6Native,
        Option<PrivateDnsNameOptionsOnLaunch> privateDnsNameOptionsOnLaunch,
        Option<BlockPublicAccessStates> blockPublicAccessStates,
        Option<String> type,
        Option<NetworkFirewallConnectivityType> networkFirewallConnectivityType,
        Option<String> subnetId,
        Option<SubnetState> state,
        Option<String> vpcId,
        Option<String> cidrBlock,
        Option<Integer> availableIpAddressCount,
        Option<String> availabilityZone,
        Option<Boolean> defaultForAz,
        Option<Boolean> mapPublicIpOnLaunch) {

    /** A builder with every optional component absent and every list empty. */
    public static SubnetBuilder builder() {
        return new SubnetBuilder();
    }

    /** A builder holding this record's values. */
    public SubnetBuilder toBuilder() {
        return new SubnetBuilder().from(this);
    }
}
