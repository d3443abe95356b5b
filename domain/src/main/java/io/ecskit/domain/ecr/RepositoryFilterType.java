package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** How a replication rule's repository filter matches: by name prefix. Source: ECR API reference (RepositoryFilterType). */
public enum RepositoryFilterType implements WireValue {
    /** {@code PREFIX_MATCH}. */
    PREFIX_MATCH("PREFIX_MATCH");

    private final String wire;

    RepositoryFilterType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
