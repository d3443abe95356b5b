package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** Process namespace of a task's containers; Fargate allows only task. */
public enum PidMode implements WireValue {
    HOST("host"),
    TASK("task");

    private final String wire;

    PidMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<PidMode> fromWire(String wire) {
        return WireValue.parse(PidMode.class, wire);
    }
}
