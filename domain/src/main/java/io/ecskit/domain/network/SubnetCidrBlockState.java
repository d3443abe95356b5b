package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the state of a CIDR block. Source: EC2 API reference (SubnetCidrBlockState).
 *
 * @param state The state of a CIDR block.
 * @param statusMessage A message about the status of the CIDR block, if applicable.
 */
@Value.Builder
public record SubnetCidrBlockState(
        Option<SubnetCidrBlockStateCode> state,
        Option<String> statusMessage) {

    /** A builder with every optional component absent and every list empty. */
    public static SubnetCidrBlockStateBuilder builder() {
        return new SubnetCidrBlockStateBuilder();
    }

    /** A builder holding this record's values. */
    public SubnetCidrBlockStateBuilder toBuilder() {
        return new SubnetCidrBlockStateBuilder().from(this);
    }
}
