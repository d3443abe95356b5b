package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** How an exclusion filter matches tags: WILDCARD. Source: ECR API reference (ImageTagMutabilityExclusionFilterType). */
public enum ImageTagMutabilityExclusionFilterType implements WireValue {
    /** {@code WILDCARD}. */
    WILDCARD("WILDCARD");

    private final String wire;

    ImageTagMutabilityExclusionFilterType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
