package io.ecskit.domain.network;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the EC2 API reference. Source: EC2 API reference (CreateVpcRequest).
 *
 * @param cidrBlock The IPv4 network range for the VPC, in CIDR notation.
 * @param ipv6Pool The ID of an IPv6 address pool from which to allocate the IPv6 CIDR block.
 * @param ipv6CidrBlock The IPv6 CIDR block from the IPv6 address pool.
 * @param ipv4IpamPoolId The ID of an IPv4 IPAM pool you want to use for allocating this VPC's CIDR.
 * @param ipv4NetmaskLength The netmask length of the IPv4 CIDR you want to allocate to this VPC from an Amazon VPC IP Address Manager (IPAM) pool.
 * @param ipv6IpamPoolId The ID of an IPv6 IPAM pool which will be used to allocate this VPC an IPv6 CIDR.
 * @param ipv6NetmaskLength The netmask length of the IPv6 CIDR you want to allocate to this VPC from an Amazon VPC IP Address Manager (IPAM) pool.
 * @param ipv6CidrBlockNetworkBorderGroup The name of the location from which we advertise the IPV6 CIDR block.
 * @param vpcEncryptionControl Specifies the encryption control configuration to apply to the VPC during creation.
 * @param tagSpecifications The tags to assign to the VPC.
 * @param dryRun Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
 * @param instanceTenancy The tenancy options for instances launched into the VPC.
 * @param amazonProvidedIpv6CidrBlock Requests an Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC.
 */
@Value.Builder
public record CreateVpcRequest(
        Option<String> cidrBlock,
        Option<String> ipv6Pool,
        Option<String> ipv6CidrBlock,
        Option<String> ipv4IpamPoolId,
        Option<Integer> ipv4NetmaskLength,
        Option<String> ipv6IpamPoolId,
        Option<Integer> ipv6NetmaskLength,
        Option<String> ipv6CidrBlockNetworkBorderGroup,
        Option<VpcEncryptionControlConfiguration> vpcEncryptionControl,
        List<TagSpecification> tagSpecifications,
        Option<Boolean> dryRun,
        Option<Tenancy> instanceTenancy,
        Option<Boolean> amazonProvidedIpv6CidrBlock) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateVpcRequestBuilder builder() {
        return new CreateVpcRequestBuilder();
    }

    /** A builder holding this record's values. */
    public CreateVpcRequestBuilder toBuilder() {
        return new CreateVpcRequestBuilder().from(this);
    }
}
