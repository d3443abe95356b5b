package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an IPv4 CIDR block associated with a VPC. Source: EC2 API reference (VpcCidrBlockAssociation).
 *
 * @param associationId The association ID for the IPv4 CIDR block.
 * @param cidrBlock The IPv4 CIDR block.
 * @param cidrBlockState Information about the state of the CIDR block.
 */
@Value.Builder
public record VpcCidrBlockAssociation(
        Option<String> associationId,
        Option<String> cidrBlock,
        Option<VpcCidrBlockState> cidrBlockState) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcCidrBlockAssociationBuilder builder() {
        return new VpcCidrBlockAssociationBuilder();
    }

    /** A builder holding this record's values. */
    public VpcCidrBlockAssociationBuilder toBuilder() {
        return new VpcCidrBlockAssociationBuilder().from(this);
    }
}
