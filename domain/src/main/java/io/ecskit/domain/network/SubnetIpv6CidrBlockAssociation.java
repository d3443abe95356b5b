package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an association between a subnet and an IPv6 CIDR block. Source: EC2 API reference (SubnetIpv6CidrBlockAssociation).
 *
 * @param associationId The ID of the association.
 * @param ipv6CidrBlock The IPv6 CIDR block.
 * @param ipv6CidrBlockState The state of the CIDR block.
 * @param ipv6AddressAttribute Public IPv6 addresses are those advertised on the internet from Amazon Web Services.
 * @param ipSource The source that allocated the IP address space.
 */
@Value.Builder
public record SubnetIpv6CidrBlockAssociation(
        Option<String> associationId,
        Option<String> ipv6CidrBlock,
        Option<SubnetCidrBlockState> ipv6CidrBlockState,
        Option<Ipv6AddressAttribute> ipv6AddressAttribute,
        Option<IpSource> ipSource) {

    /** A builder with every optional component absent and every list empty. */
    public static SubnetIpv6CidrBlockAssociationBuilder builder() {
        return new SubnetIpv6CidrBlockAssociationBuilder();
    }

    /** A builder holding this record's values. */
    public SubnetIpv6CidrBlockAssociationBuilder toBuilder() {
        return new SubnetIpv6CidrBlockAssociationBuilder().from(this);
    }
}
