package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Kinds of task definition placement constraint. */
public enum TaskDefinitionPlacementConstraintType implements WireValue {
    /**
     * {@code memberOf}: place the task only on container instances matching a cluster query expression (not on
     * Fargate).
     */
    MEMBER_OF("memberOf");

    private final String wire;

    TaskDefinitionPlacementConstraintType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
