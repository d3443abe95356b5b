package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the exclusion configurations for various resource types in VPC Encryption Control. Source: EC2 API reference (VpcEncryptionControlExclusions).
 *
 * @param internetGateway The exclusion configuration for internet gateway traffic.
 * @param egressOnlyInternetGateway The exclusion configuration for egress-only internet gateway traffic.
 * @param natGateway The exclusion configuration for NAT gateway traffic.
 * @param virtualPrivateGateway The exclusion configuration for virtual private gateway traffic.
 * @param vpcPeering The exclusion configuration for VPC peering connection traffic.
 * @param lambda The exclusion configuration for Lambda function traffic.
 * @param vpcLattice The exclusion configuration for VPC Lattice traffic.
 * @param elasticFileSystem The exclusion configuration for Elastic File System traffic.
 * @param globalAccelerator The exclusion configuration for Amazon Web Services Global Accelerator traffic.
 * @param apiGatewayV2 The exclusion configuration for Amazon API Gateway V2 traffic.
 */
@Value.Builder
public record VpcEncryptionControlExclusions(
        Option<VpcEncryptionControlExclusion> internetGateway,
        Option<VpcEncryptionControlExclusion> egressOnlyInternetGateway,
        Option<VpcEncryptionControlExclusion> natGateway,
        Option<VpcEncryptionControlExclusion> virtualPrivateGateway,
        Option<VpcEncryptionControlExclusion> vpcPeering,
        Option<VpcEncryptionControlExclusion> lambda,
        Option<VpcEncryptionControlExclusion> vpcLattice,
        Option<VpcEncryptionControlExclusion> elasticFileSystem,
        Option<VpcEncryptionControlExclusion> globalAccelerator,
        Option<VpcEncryptionControlExclusion> apiGatewayV2) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcEncryptionControlExclusionsBuilder builder() {
        return new VpcEncryptionControlExclusionsBuilder();
    }

    /** A builder holding this record's values. */
    public VpcEncryptionControlExclusionsBuilder toBuilder() {
        return new VpcEncryptionControlExclusionsBuilder().from(this);
    }
}
