package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an IPv6 CIDR block associated with a VPC. Source: EC2 API reference (VpcIpv6CidrBlockAssociation).
 *
 * @param associationId The association ID for the IPv6 CIDR block.
 * @param ipv6CidrBlock The IPv6 CIDR block.
 * @param ipv6CidrBlockState Information about the state of the CIDR block.
 * @param networkBorderGroup The name of the unique set of Availability Zones, Local Zones, or Wavelength Zones from which Amazon Web Services advertises IP addresses, for example, us-east-1-wl1-bos-wlz-1 .
 * @param ipv6Pool The ID of the IPv6 address pool from which the IPv6 CIDR block is allocated.
 * @param ipv6AddressAttribute Public IPv6 addresses are those advertised on the internet from Amazon Web Services.
 * @param ipSource The source that allocated the IP address space.
 */
@Value.Builder
public record VpcIpv6CidrBlockAssociation(
        Option<String> associationId,
        Option<String> ipv6CidrBlock,
        Option<VpcCidrBlockState> ipv6CidrBlockState,
        Option<String> networkBorderGroup,
        Option<String> ipv6Pool,
        Option<Ipv6AddressAttribute> ipv6AddressAttribute,
        Option<IpSource> ipSource) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcIpv6CidrBlockAssociationBuilder builder() {
        return new VpcIpv6CidrBlockAssociationBuilder();
    }

    /** A builder holding this record's values. */
    public VpcIpv6CidrBlockAssociationBuilder toBuilder() {
        return new VpcIpv6CidrBlockAssociationBuilder().from(this);
    }
}
