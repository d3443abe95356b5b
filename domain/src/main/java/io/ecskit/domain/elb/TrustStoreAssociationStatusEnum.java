package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TrustStoreAssociationStatusEnum). */
public enum TrustStoreAssociationStatusEnum implements WireValue {
    /** {@code active}. */
    ACTIVE("active"),
    /** {@code removed}. */
    REMOVED("removed");

    private final String wire;

    TrustStoreAssociationStatusEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
