package io.ecskit.domain.network;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the configuration and state of VPC encryption controls. Source: EC2 API reference (VpcEncryptionControl).
 *
 * @param vpcId The ID of the VPC associated with the encryption control configuration.
 * @param vpcEncryptionControlId The ID of the VPC Encryption Control configuration.
 * @param mode The encryption mode for the VPC Encryption Control configuration.
 * @param state The current state of the VPC Encryption Control configuration.
 * @param stateMessage A message providing additional information about the encryption control state.
 * @param resourceExclusions Information about resource exclusions for the VPC Encryption Control configuration.
 * @param tags The tags assigned to the VPC Encryption Control configuration.
 */
@Value.Builder
public record VpcEncryptionControl(
        Option<String> vpcId,
        Option<String> vpcEncryptionControlId,
        Option<VpcEncryptionControlMode> mode,
        Option<VpcEncryptionControlState> state,
        Option<String> stateMessage,
        Option<VpcEncryptionControlExclusions> resourceExclusions,
        List<Tag> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcEncryptionControlBuilder builder() {
        return new VpcEncryptionControlBuilder();
    }

    /** A builder holding this record's values. */
    public VpcEncryptionControlBuilder toBuilder() {
        return new VpcEncryptionControlBuilder().from(this);
    }
}
