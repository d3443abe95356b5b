package io.ecskit.domain;

/** Kinds of placement strategy rule. */
public enum PlacementStrategyType implements WireValue {
    /** {@code random}: place tasks randomly (no field). */
    RANDOM("random"),
    /**
     * {@code spread}: spread tasks evenly over the values of {@code field}, e.g.
     * {@code attribute:ecs.availability-zone} or {@code instanceId}.
     */
    SPREAD("spread"),
    /**
     * {@code binpack}: pack tasks onto the fewest instances by the least remaining {@code field}, {@code cpu} or
     * {@code memory}.
     */
    BINPACK("binpack");

    private final String wire;

    PlacementStrategyType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
