package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The state of VPC Block Public Access (BPA). Source: EC2 API reference (BlockPublicAccessStates).
 *
 * @param internetGatewayBlockMode The mode of VPC BPA.
 */
@Value.Builder
public record BlockPublicAccessStates(
        Option<BlockPublicAccessMode> internetGatewayBlockMode) {

    /** A builder with every optional component absent and every list empty. */
    public static BlockPublicAccessStatesBuilder builder() {
        return new BlockPublicAccessStatesBuilder();
    }

    /** A builder holding this record's values. */
    public BlockPublicAccessStatesBuilder toBuilder() {
        return new BlockPublicAccessStatesBuilder().from(this);
    }
}
