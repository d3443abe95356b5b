package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** A registry's scanning: BASIC (ECR's own, the default) or ENHANCED (Amazon Inspector). Source: ECR API reference (ScanType). */
public enum ScanType implements WireValue {
    /** {@code BASIC}. */
    BASIC("BASIC"),
    /** {@code ENHANCED}. */
    ENHANCED("ENHANCED");

    private final String wire;

    ScanType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
