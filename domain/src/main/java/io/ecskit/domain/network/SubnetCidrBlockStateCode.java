package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (SubnetCidrBlockStateCode). */
public enum SubnetCidrBlockStateCode implements WireValue {
    /** {@code associating}. */
    ASSOCIATING("associating"),
    /** {@code associated}. */
    ASSOCIATED("associated"),
    /** {@code disassociating}. */
    DISASSOCIATING("disassociating"),
    /** {@code disassociated}. */
    DISASSOCIATED("disassociated"),
    /** {@code failing}. */
    FAILING("failing"),
    /** {@code failed}. */
    FAILED("failed");

    private final String wire;

    SubnetCidrBlockStateCode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
