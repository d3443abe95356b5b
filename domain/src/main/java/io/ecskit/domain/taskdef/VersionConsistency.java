package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Whether ECS pins a container's image tag to one digest per deployment. */
public enum VersionConsistency implements WireValue {
    /**
     * {@code enabled}: ECS resolves the image tag to a digest once per deployment, so every task runs the same image
     * (ECS's default).
     */
    ENABLED("enabled"),
    /** {@code disabled}: each task pulls the image reference as written, and a moved tag takes effect for new tasks. */
    DISABLED("disabled");

    private final String wire;

    VersionConsistency(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
