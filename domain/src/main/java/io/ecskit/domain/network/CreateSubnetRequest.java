package io.ecskit.domain.network;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the EC2 API reference. Source: EC2 API reference (CreateSubnetRequest).
 *
 * @param tagSpecifications The tags to assign to the subnet.
 * @param availabilityZone The Availability Zone or Local Zone for the subnet.
 * @param availabilityZoneId The AZ ID or the Local Zone ID of the subnet.
 * @param cidrBlock The IPv4 network range for the subnet, in CIDR notation.
 * @param ipv6CidrBlock The IPv6 network range for the subnet, in CIDR notation.
 * @param outpostArn The Amazon Resource Name (ARN) of the Outpost.
 * @param vpcId The ID of the VPC. (required)
 * @param ipv6Native Indicates whether to create an IPv6 only subnet.
 * @param ipv4IpamPoolId An IPv4 IPAM pool ID for the subnet.
 * @param ipv4NetmaskLength An IPv4 netmask length for the subnet.
 * @param ipv6IpamPoolId An IPv6 IPAM pool ID for the subnet.
 * @param ipv6NetmaskLength An IPv6 netmask length for the subnet.
 * @param dryRun Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
 */
@Value.Builder
public record CreateSubnetRequest(
        List<TagSpecification> tagSpecifications,
        Option<String> availabilityZone,
        Option<String> availabilityZoneId,
        Option<String> cidrBlock,
        Option<String> ipv6CidrBlock,
        Option<String> outpostArn,
        String vpcId,
        Option<Boolean> ipv6Native,
        Option<String> ipv4IpamPoolId,
        Option<Integer> ipv4NetmaskLength,
        Option<String> ipv6IpamPoolId,
        Option<Integer> ipv6NetmaskLength,
        Option<Boolean> dryRun) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateSubnetRequestBuilder builder() {
        return new CreateSubnetRequestBuilder();
    }

    /** A builder holding this record's values. */
    public CreateSubnetRequestBuilder toBuilder() {
        return new CreateSubnetRequestBuilder().from(this);
    }
}
