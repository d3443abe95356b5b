package io.ecskit.domain;

/** Kinds of placement constraint of services and tasks. */
public enum PlacementConstraintType implements WireValue {
    /** {@code distinctInstance}: each task on a different container instance (no expression). */
    DISTINCT_INSTANCE("distinctInstance"),
    /** {@code memberOf}: only container instances matching the cluster query language {@code expression}. */
    MEMBER_OF("memberOf");

    private final String wire;

    PlacementConstraintType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
