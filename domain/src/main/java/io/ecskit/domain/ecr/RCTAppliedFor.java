package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** When ECR applies a repository creation template: REPLICATION, PULL_THROUGH_CACHE or CREATE_ON_PUSH. Source: ECR API reference (RCTAppliedFor). */
public enum RCTAppliedFor implements WireValue {
    /** {@code REPLICATION}. */
    REPLICATION("REPLICATION"),
    /** {@code PULL_THROUGH_CACHE}. */
    PULL_THROUGH_CACHE("PULL_THROUGH_CACHE"),
    /** {@code CREATE_ON_PUSH}. */
    CREATE_ON_PUSH("CREATE_ON_PUSH");

    private final String wire;

    RCTAppliedFor(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
