package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the configuration settings for VPC Encryption Control. Source: EC2 API reference (VpcEncryptionControlConfiguration).
 *
 * @param mode The encryption mode for the VPC Encryption Control configuration. (required)
 * @param internetGatewayExclusion Specifies whether to exclude internet gateway traffic from encryption enforcement.
 * @param egressOnlyInternetGatewayExclusion Specifies whether to exclude egress-only internet gateway traffic from encryption enforcement.
 * @param natGatewayExclusion Specifies whether to exclude NAT gateway traffic from encryption enforcement.
 * @param virtualPrivateGatewayExclusion Specifies whether to exclude virtual private gateway traffic from encryption enforcement.
 * @param vpcPeeringExclusion Specifies whether to exclude VPC peering connection traffic from encryption enforcement.
 * @param lambdaExclusion Specifies whether to exclude Lambda function traffic from encryption enforcement.
 * @param vpcLatticeExclusion Specifies whether to exclude VPC Lattice traffic from encryption enforcement.
 * @param elasticFileSystemExclusion Specifies whether to exclude Elastic File System traffic from encryption enforcement.
 * @param globalAcceleratorExclusion Specifies whether to exclude Amazon Web Services Global Accelerator traffic from encryption enforcement.
 * @param apiGatewayV2Exclusion Specifies whether to exclude Amazon API Gateway V2 traffic from encryption enforcement.
 */
@Value.Builder
public record VpcEncryptionControlConfiguration(
        VpcEncryptionControlMode mode,
        Option<VpcEncryptionControlExclusionStateInput> internetGatewayExclusion,
        Option<VpcEncryptionControlExclusionStateInput> egressOnlyInternetGatewayExclusion,
        Option<VpcEncryptionControlExclusionStateInput> natGatewayExclusion,
        Option<VpcEncryptionControlExclusionStateInput> virtualPrivateGatewayExclusion,
        Option<VpcEncryptionControlExclusionStateInput> vpcPeeringExclusion,
        Option<VpcEncryptionControlExclusionStateInput> lambdaExclusion,
        Option<VpcEncryptionControlExclusionStateInput> vpcLatticeExclusion,
        Option<VpcEncryptionControlExclusionStateInput> elasticFileSystemExclusion,
        Option<VpcEncryptionControlExclusionStateInput> globalAcceleratorExclusion,
        Option<VpcEncryptionControlExclusionStateInput> apiGatewayV2Exclusion) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcEncryptionControlConfigurationBuilder builder() {
        return new VpcEncryptionControlConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public VpcEncryptionControlConfigurationBuilder toBuilder() {
        return new VpcEncryptionControlConfigurationBuilder().from(this);
    }
}
