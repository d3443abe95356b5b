package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (BlockPublicAccessMode). */
public enum BlockPublicAccessMode implements WireValue {
    /** {@code off}. */
    OFF("off"),
    /** {@code block-bidirectional}. */
    BLOCK_BIDIRECTIONAL("block-bidirectional"),
    /** {@code block-ingress}. */
    BLOCK_INGRESS("block-ingress");

    private final String wire;

    BlockPublicAccessMode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
