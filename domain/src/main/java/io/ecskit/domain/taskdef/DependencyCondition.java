package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** When a container may start relative to one it depends on. */
public enum DependencyCondition implements WireValue {
    START("START"),
    COMPLETE("COMPLETE"),
    SUCCESS("SUCCESS"),
    HEALTHY("HEALTHY");

    private final String wire;

    DependencyCondition(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<DependencyCondition> fromWire(String wire) {
        return WireValue.parse(DependencyCondition.class, wire);
    }
}
