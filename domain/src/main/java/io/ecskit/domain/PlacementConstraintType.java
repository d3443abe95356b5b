package io.ecskit.domain;

/** Kinds of placement constraint of services and tasks. */
public enum PlacementConstraintType implements WireValue {
    DISTINCT_INSTANCE("distinctInstance"),
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
