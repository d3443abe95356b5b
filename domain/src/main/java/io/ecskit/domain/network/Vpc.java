package io.ecskit.domain.network;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a VPC. Source: EC2 API reference (Vpc).
 *
 * @param ownerId The ID of the Amazon Web Services account that owns the VPC.
 * @param instanceTenancy The allowed tenancy of instances launched into the VPC.
 * @param ipv6CidrBlockAssociationSet Information about the IPv6 CIDR blocks associated with the VPC.
 * @param cidrBlockAssociationSet Information about the IPv4 CIDR blocks associated with the VPC.
 * @param isDefault Indicates whether the VPC is the default VPC.
 * @param encryptionControl See the EC2 API reference.
 * @param tags Any tags assigned to the VPC.
 * @param blockPublicAccessStates The state of VPC Block Public Access (BPA).
 * @param networkFirewallAssociations Information about the firewall associations for the VPC.
 * @param vpcId The ID of the VPC.
 * @param state The current state of the VPC.
 * @param cidrBlock The primary IPv4 CIDR block for the VPC.
 * @param dhcpOptionsId The ID of the set of DHCP options you've associated with the VPC.
 */
@Value.Builder
public record Vpc(
        Option<String> ownerId,
        Option<Tenancy> instanceTenancy,
        List<VpcIpv6CidrBlockAssociation> ipv6CidrBlockAssociationSet,
        List<VpcCidrBlockAssociation> cidrBlockAssociationSet,
        Option<Boolean> isDefault,
        Option<VpcEncryptionControl> encryptionControl,
        List<Tag> tags,
        Option<BlockPublicAccessStates> blockPublicAccessStates,
        List<NetworkFirewallAssociation> networkFirewallAssociations,
        Option<String> vpcId,
        Option<VpcState> state,
        Option<String> cidrBlock,
        Option<String> dhcpOptionsId) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcBuilder builder() {
        return new VpcBuilder();
    }

    /** A builder holding this record's values. */
    public VpcBuilder toBuilder() {
        return new VpcBuilder().from(this);
    }
}
