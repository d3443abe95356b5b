package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the state of a CIDR block. Source: EC2 API reference (VpcCidrBlockState).
 *
 * @param state The state of the CIDR block.
 * @param statusMessage A message about the status of the CIDR block, if applicable.
 */
@Value.Builder
public record VpcCidrBlockState(
        Option<VpcCidrBlockStateCode> state,
        Option<String> statusMessage) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcCidrBlockStateBuilder builder() {
        return new VpcCidrBlockStateBuilder();
    }

    /** A builder holding this record's values. */
    public VpcCidrBlockStateBuilder toBuilder() {
        return new VpcCidrBlockStateBuilder().from(this);
    }
}
