package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** How a scanning rule's repository filter matches: by name with * wildcards. Source: ECR API reference (ScanningRepositoryFilterType). */
public enum ScanningRepositoryFilterType implements WireValue {
    /** {@code WILDCARD}. */
    WILDCARD("WILDCARD");

    private final String wire;

    ScanningRepositoryFilterType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
