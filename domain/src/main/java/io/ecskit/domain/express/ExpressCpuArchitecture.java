package io.ecskit.domain.express;

import io.ecskit.domain.WireValue;

/** The CPU architecture of an Express service's tasks. Source: ECS API reference (ExpressCpuArchitecture). */
public enum ExpressCpuArchitecture implements WireValue {
    /** {@code X86_64}. */
    X86_64("X86_64"),
    /** {@code ARM64}. */
    ARM64("ARM64");

    private final String wire;

    ExpressCpuArchitecture(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
