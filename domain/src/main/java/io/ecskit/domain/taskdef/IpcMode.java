package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** IPC namespace of a task's containers; not supported on Fargate. */
public enum IpcMode implements WireValue {
    HOST("host"),
    TASK("task"),
    NONE("none");

    private final String wire;

    IpcMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<IpcMode> fromWire(String wire) {
        return WireValue.parse(IpcMode.class, wire);
    }
}
