package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** The type of filter to use when determining which repositories should have their images automatically signed. Source: ECR API reference (SigningRepositoryFilterType). */
public enum SigningRepositoryFilterType implements WireValue {
    /** {@code WILDCARD_MATCH}. */
    WILDCARD_MATCH("WILDCARD_MATCH");

    private final String wire;

    SigningRepositoryFilterType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
