package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** The tag mutability a repository creation template gives (the repository side is {@link TagMutability}). Source: ECR API reference (ImageTagMutability). */
public enum ImageTagMutability implements WireValue {
    /** {@code MUTABLE}. */
    MUTABLE("MUTABLE"),
    /** {@code IMMUTABLE}. */
    IMMUTABLE("IMMUTABLE"),
    /** {@code IMMUTABLE_WITH_EXCLUSION}. */
    IMMUTABLE_WITH_EXCLUSION("IMMUTABLE_WITH_EXCLUSION"),
    /** {@code MUTABLE_WITH_EXCLUSION}. */
    MUTABLE_WITH_EXCLUSION("MUTABLE_WITH_EXCLUSION");

    private final String wire;

    ImageTagMutability(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
