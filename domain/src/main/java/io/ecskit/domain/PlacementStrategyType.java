package io.ecskit.domain;

/** Kinds of placement strategy rule. */
public enum PlacementStrategyType implements WireValue {
    RANDOM("random"),
    SPREAD("spread"),
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
