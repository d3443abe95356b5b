package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** CPU architecture of a task's platform; ARM64 runs Linux only. */
public enum CpuArchitecture implements WireValue {
    X86_64("X86_64"),
    ARM64("ARM64");

    private final String wire;

    CpuArchitecture(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<CpuArchitecture> fromWire(String wire) {
        return WireValue.parse(CpuArchitecture.class, wire);
    }
}
