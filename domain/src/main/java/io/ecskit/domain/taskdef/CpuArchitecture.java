package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** CPU architectures of a task's platform. */
public enum CpuArchitecture implements WireValue {
    /** 64-bit x86 (Intel, AMD); ECS's default. */
    X86_64("X86_64"),
    /** 64-bit ARM (AWS Graviton); Linux only (EC2, Managed Instances, Fargate). */
    ARM64("ARM64");

    private final String wire;

    CpuArchitecture(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
