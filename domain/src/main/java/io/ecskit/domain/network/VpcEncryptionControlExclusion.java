package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an exclusion configuration for VPC Encryption Control. Source: EC2 API reference (VpcEncryptionControlExclusion).
 *
 * @param state The current state of the exclusion configuration.
 * @param stateMessage A message providing additional information about the exclusion state.
 */
@Value.Builder
public record VpcEncryptionControlExclusion(
        Option<VpcEncryptionControlExclusionState> state,
        Option<String> stateMessage) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcEncryptionControlExclusionBuilder builder() {
        return new VpcEncryptionControlExclusionBuilder();
    }

    /** A builder holding this record's values. */
    public VpcEncryptionControlExclusionBuilder toBuilder() {
        return new VpcEncryptionControlExclusionBuilder().from(this);
    }
}
